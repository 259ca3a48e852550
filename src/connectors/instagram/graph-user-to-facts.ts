import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import type { PlatformFact, ProfileFact } from '../../core/imports/platform-facts.ts';
import type { Rejection } from '../../core/imports/rejection.ts';
import { graphMediaToPost } from './graph-media-to-post.ts';
import type { GraphUser } from './graph-schemas.ts';

/**
 * A user read (direct or through Business Discovery) as a profile fact, plus a posts fact for any
 * media it embeds. Without a username (a media-only Business Discovery page) only the posts fact is
 * made, owned by the user id; the account must then be known from elsewhere.
 */
export function graphUserToFacts(
  user: GraphUser,
  ctx: { file: string; path: string; source: string },
): { facts: PlatformFact[]; rejection?: Rejection } {
  const facts: PlatformFact[] = [];
  const at = (field: string) => (ctx.path ? `${ctx.path}.${field}` : field);
  if (user.username !== undefined) {
    const handle = normalizeHandle('instagram', user.username);
    if (!handle)
      return {
        facts: [],
        rejection: {
          record: ctx.file,
          field: at('username'),
          reason: `"${user.username}" is not a valid Instagram username`,
        },
      };
    const profile: ProfileFact = {
      kind: 'profile',
      origin: { file: ctx.file, path: ctx.path || '(root)' },
      source: ctx.source,
      creator: { displayName: user.name },
      account: {
        platform: 'instagram',
        handle,
        externalId: user.id,
        displayName: user.name,
        bio: user.biography,
        website: user.website,
        profilePictureUrl: user.profile_picture_url,
        followers: user.followers_count,
        following: user.follows_count,
        postsCount: user.media_count,
      },
    };
    facts.push(profile);
  } else if ([user.followers_count, user.follows_count, user.media_count].some((n) => n !== undefined)) {
    // Business Discovery returns only the fields asked for: counts without the username still
    // describe the account the request named (--account), known here by its id.
    const counts = { followers: user.followers_count, following: user.follows_count, postsCount: user.media_count };
    const origin = { file: ctx.file, path: at('id') };
    facts.push({
      kind: 'profile_counts',
      origin,
      source: ctx.source,
      platform: 'instagram',
      externalId: user.id,
      counts,
    });
  }
  if (user.media) {
    facts.push({
      kind: 'posts',
      origin: { file: ctx.file, path: at('id') },
      source: ctx.source,
      owner: { platform: 'instagram', externalId: user.id },
      posts: user.media.data.map(graphMediaToPost),
    });
  }
  return { facts };
}
