// One YouTube Data API v3 response → facts. channels.list gives profiles; videos.list gives posts
// grouped by channel, each group carrying a stand-in profile (channel id as handle, channelTitle
// as name) so that videos of a channel not imported yet are kept; a later channels.list import
// completes the same account, matched by channel id. Bad items are rejected one by one.
// A YouTube Analytics report of her connected channel (youtubeAnalytics#resultTable) becomes her verified audience.
import type { ParsedFacts, PlatformFact, PostsFact } from '../../core/imports/platform-facts.ts';
import { zodRejection } from '../zod-rejection.ts';
import { analyticsReportToAudience } from './analytics-report-to-audience.ts';
import { ANALYTICS_KIND } from './analytics-schemas.ts';
import { channelToProfile } from './channel-to-profile.ts';
import { channelSchema, listEnvelopeSchema, videoSchema } from './data-api-schemas.ts';
import { videoToPost } from './video-to-post.ts';

const EXPECTED =
  'expected a channels.list response {"kind":"youtube#channelListResponse","items":[…]} a videos.list response {"kind":"youtube#videoListResponse","items":[…]} or a YouTube Analytics report {"kind":"youtubeAnalytics#resultTable",…}';

export function parseYouTubePayload(file: string, json: unknown): ParsedFacts {
  const out: ParsedFacts = { facts: [], rejections: [], warnings: [] };
  const kind = typeof json === 'object' && json !== null ? (json as { kind?: unknown }).kind : undefined;
  if (kind === ANALYTICS_KIND) {
    const { fact, warnings, rejection } = analyticsReportToAudience(file, json);
    return { facts: fact ? [fact] : [], warnings, rejections: rejection ? [rejection] : [] };
  }
  if (kind !== 'youtube#channelListResponse' && kind !== 'youtube#videoListResponse') {
    const error = (json as { error?: { message?: unknown; code?: unknown } } | null)?.error;
    const reason =
      typeof error === 'object' && error !== null
        ? `the payload is a YouTube API error response: ${String(error.message ?? '(no message)')}${error.code !== undefined ? ` (code ${String(error.code)})` : ''}`
        : `not a recognised YouTube Data API payload (${EXPECTED})`;
    out.rejections.push({
      record: file,
      field: typeof error === 'object' && error !== null ? 'error' : 'kind',
      reason,
    });
    return out;
  }
  const envelope = listEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    out.rejections.push(zodRejection(file, envelope.error));
    return out;
  }
  const byChannel = new Map<string, PostsFact>();
  for (const [i, item] of envelope.data.items.entries()) {
    const record = `${file} items[${i}]`;
    const origin = { file, path: `items[${i}]` };
    if (kind === 'youtube#channelListResponse') {
      const parsed = channelSchema.safeParse(item);
      if (!parsed.success) {
        out.rejections.push(zodRejection(record, parsed.error, ['items', i]));
        continue;
      }
      const { fact, warning } = channelToProfile(parsed.data, origin);
      out.facts.push(fact);
      if (warning) out.warnings.push(warning);
      continue;
    }
    const parsed = videoSchema.safeParse(item);
    if (!parsed.success) {
      out.rejections.push(zodRejection(record, parsed.error, ['items', i]));
      continue;
    }
    const { snippet } = parsed.data;
    let group = byChannel.get(snippet.channelId);
    if (!group) {
      group = {
        kind: 'posts',
        origin: { file, path: `items[${i}].snippet.channelId` },
        source: 'youtube_data_api:videos',
        owner: { platform: 'youtube', externalId: snippet.channelId },
        posts: [],
        typeGuessed: [],
        placeholder: {
          kind: 'profile',
          origin: { file, path: `items[${i}].snippet` },
          source: 'youtube_data_api:videos',
          creator: { displayName: snippet.channelTitle },
          account: {
            platform: 'youtube',
            handle: snippet.channelId,
            externalId: snippet.channelId,
            displayName: snippet.channelTitle,
          },
        },
      };
      byChannel.set(snippet.channelId, group);
    }
    const { post, typeGuessed } = videoToPost(parsed.data);
    group.posts.push(post);
    if (typeGuessed) group.typeGuessed!.push(post.externalId);
  }
  out.facts.push(...([...byChannel.values()] satisfies PlatformFact[]));
  if (envelope.data.items.length === 0) out.warnings.push(`${file}: the response has no items, nothing to import`);
  return out;
}
