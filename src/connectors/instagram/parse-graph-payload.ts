// One recorded or fetched Instagram Graph API response → facts, or a rejection that names the file,
// the JSON path and the reason. Payloads are recognised by shape, then validated in full.
import type { ParsedFacts, PlatformFact } from '../../core/imports/platform-facts.ts';
import type { ParseOptions } from '../social-platform.ts';
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import { zodRejection } from '../zod-rejection.ts';
import { graphMediaToPost } from './graph-media-to-post.ts';
import {
  businessDiscoverySchema,
  graphMediaPageSchema,
  graphMediaSchema,
  graphUserSchema,
  type GraphMedia,
} from './graph-schemas.ts';
import { graphUserToFacts } from './graph-user-to-facts.ts';
import { insightsToFacts } from './insights-to-facts.ts';
import { parseMentionedMedia } from './parse-mentioned-media.ts';
import { EXPECTED_GRAPH_PAYLOADS, recogniseGraphPayload } from './recognise-graph-payload.ts';

const none = (file: string, field: string, reason: string): ParsedFacts => ({
  facts: [],
  warnings: [],
  rejections: [{ record: file, field, reason }],
});

export function parseGraphPayload(file: string, json: unknown, options: ParseOptions = {}): ParsedFacts {
  // The brand's /tags edge is a media list like any other: only the person importing can say it is one
  // (options.brandTags). It marks top-level media lists only; other payloads of the same import read as usual.
  const shape = recogniseGraphPayload(json);
  switch (shape) {
    case 'error': {
      const error = (json as { error: { message?: unknown; code?: unknown } }).error;
      return none(
        file,
        'error',
        `the payload is a Graph API error response: ${String(error.message ?? '(no message)')}${error.code !== undefined ? ` (code ${String(error.code)})` : ''}`,
      );
    }
    case 'business_discovery': {
      const parsed = businessDiscoverySchema.safeParse(json);
      if (!parsed.success) return { facts: [], warnings: [], rejections: [zodRejection(file, parsed.error)] };
      return fromUser(file, parsed.data.business_discovery, 'business_discovery', 'instagram_graph:business_discovery');
    }
    case 'mentioned_media':
      return parseMentionedMedia(file, json);
    case 'user': {
      const parsed = graphUserSchema.safeParse(json);
      if (!parsed.success) return { facts: [], warnings: [], rejections: [zodRejection(file, parsed.error)] };
      return fromUser(file, parsed.data, '', 'instagram_graph:user');
    }
    case 'media_list': {
      const parsed = graphMediaPageSchema.safeParse(json);
      if (!parsed.success) return { facts: [], warnings: [], rejections: [zodRejection(file, parsed.error)] };
      return {
        facts: mediaByOwner(
          file,
          parsed.data.data.map((m, i) => ({ media: m, path: `data[${i}]` })),
          options.brandTags === true,
        ),
        warnings: [],
        rejections: [],
      };
    }
    case 'multi_id':
      return multiIdRead(file, json as Record<string, unknown>);
    case 'insights':
      return insightsToFacts(json, file);
    case 'empty':
      return { facts: [], rejections: [], warnings: [`${file}: the response has no data, nothing to import`] };
    case undefined:
      return none(file, '(root)', `not a recognised Instagram Graph payload (${EXPECTED_GRAPH_PAYLOADS})`);
  }
}

function fromUser(
  file: string,
  user: Parameters<typeof graphUserToFacts>[0],
  path: string,
  source: string,
): ParsedFacts {
  const { facts, rejection } = graphUserToFacts(user, { file, path, source });
  if (rejection) return { facts: [], warnings: [], rejections: [rejection] };
  const warnings =
    facts.length === 0 ? [`${file}: ${path || '(root)'} has neither a username nor media, nothing to import`] : [];
  return { facts, warnings, rejections: [] };
}

/** `GET /?ids=…`: users and media keyed by id. Users become profiles; media are grouped by owner. */
function multiIdRead(file: string, json: Record<string, unknown>): ParsedFacts {
  const facts: PlatformFact[] = [];
  const media: { media: GraphMedia; path: string }[] = [];
  for (const [key, value] of Object.entries(json)) {
    const isUser =
      typeof value === 'object' &&
      value !== null &&
      'username' in value &&
      !('media_type' in value) &&
      !('timestamp' in value);
    if (isUser) {
      const parsed = graphUserSchema.safeParse(value);
      if (!parsed.success) return { facts: [], warnings: [], rejections: [zodRejection(file, parsed.error, [key])] };
      const user = graphUserToFacts(parsed.data, { file, path: key, source: 'instagram_graph:user' });
      if (user.rejection) return { facts: [], warnings: [], rejections: [user.rejection] };
      facts.push(...user.facts);
    } else {
      const parsed = graphMediaSchema.safeParse(value);
      if (!parsed.success) return { facts: [], warnings: [], rejections: [zodRejection(file, parsed.error, [key])] };
      media.push({ media: parsed.data, path: key });
    }
  }
  return { facts: [...facts, ...mediaByOwner(file, media)], warnings: [], rejections: [] };
}

/**
 * Media read outside Business Discovery name their account only when the request asked for
 * `owner` or `username`; otherwise the owner is left open and the import's --account applies. Media of the
 * brand's /tags edge (brandTags) are marked as tagging the brand.
 */
function mediaByOwner(file: string, items: { media: GraphMedia; path: string }[], brandTags = false): PlatformFact[] {
  const groups = new Map<string, PlatformFact & { kind: 'posts' }>();
  for (const { media, path } of items) {
    const handle = media.username === undefined ? undefined : normalizeHandle('instagram', media.username);
    const owner = media.owner
      ? { platform: 'instagram' as const, externalId: media.owner.id }
      : handle
        ? { platform: 'instagram' as const, handle }
        : undefined;
    const key = owner ? `${owner.externalId ?? ''}|${owner.handle ?? ''}` : '';
    let fact = groups.get(key);
    if (!fact) {
      fact = { kind: 'posts', origin: { file, path }, source: 'instagram_graph:media', owner, posts: [] };
      groups.set(key, fact);
    }
    fact.posts.push(brandTags ? { ...graphMediaToPost(media), brandMention: 'tagged' } : graphMediaToPost(media));
  }
  return [...groups.values()];
}
