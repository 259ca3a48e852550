// One TikTok Display API response → facts. user/info gives the profile (a response without the
// username, which needs the user.info.profile scope, gives its numbers for --account); video/list
// gives posts, which name no owner: the import's --account says whose they are. Bad videos are
// rejected one by one.
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import type { ParsedFacts, PlatformFact } from '../../core/imports/platform-facts.ts';
import { zodRejection } from '../zod-rejection.ts';
import {
  displayApiEnvelopeSchema,
  tiktokUserSchema,
  tiktokVideoSchema,
  videoListDataSchema,
  type TikTokUser,
} from './display-api-schemas.ts';
import { tiktokVideoToPost } from './video-to-post.ts';

const EXPECTED = 'expected a Display API response {"data":{"user":{…}}|{"videos":[…]},"error":{"code":"ok",…}}';

export function parseDisplayApiPayload(file: string, json: unknown): ParsedFacts {
  const out: ParsedFacts = { facts: [], rejections: [], warnings: [] };
  const envelope = displayApiEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    const reason = `not a recognised TikTok Display API payload (${EXPECTED})`;
    out.rejections.push({ record: file, field: '(root)', reason });
    return out;
  }
  const { data, error } = envelope.data;
  if (error.code !== 'ok') {
    const message = error.message || '(no message)';
    const reason = `the payload is a TikTok API error response: ${message} (code ${error.code})`;
    out.rejections.push({ record: file, field: 'error', reason });
    return out;
  }
  if ('user' in data) {
    const user = tiktokUserSchema.safeParse(data.user);
    if (!user.success) out.rejections.push(zodRejection(file, user.error, ['data', 'user']));
    else out.facts.push(...userFacts(file, user.data));
    if (user.success && out.facts.length === 0) {
      out.warnings.push(
        `${file}: the user has neither a username nor counts ` +
          '(ask for the user.info.profile and user.info.stats fields), nothing to import',
      );
    }
    return out;
  }
  const list = videoListDataSchema.safeParse(data);
  if (!list.success) {
    out.rejections.push({ record: file, field: 'data', reason: `neither a user nor a video list (${EXPECTED})` });
    return out;
  }
  const posts = list.data.videos.flatMap((item, i) => {
    const video = tiktokVideoSchema.safeParse(item);
    if (video.success) return [tiktokVideoToPost(video.data)];
    out.rejections.push(zodRejection(file, video.error, ['data', 'videos', i]));
    return [];
  });
  if (posts.length > 0) {
    const origin = { file, path: 'data.videos' };
    out.facts.push({ kind: 'posts', origin, source: 'tiktok_display_api:videos', owner: undefined, posts });
  } else if (list.data.videos.length === 0) out.warnings.push(`${file}: the video list is empty, nothing to import`);
  return out;
}

function userFacts(file: string, user: TikTokUser): PlatformFact[] {
  const origin = { file, path: 'data.user' };
  const source = 'tiktok_display_api:user';
  const counts = { followers: user.follower_count, following: user.following_count, postsCount: user.video_count };
  const handle = user.username === undefined ? undefined : normalizeHandle('tiktok', user.username);
  if (!handle) {
    const known = Object.values(counts).some((n) => n !== undefined);
    if (!known) return [];
    return [{ kind: 'profile_counts', origin, source, platform: 'tiktok', externalId: user.open_id, counts }];
  }
  const reported = user.likes_count === undefined ? undefined : [{ metric: 'total_likes', value: user.likes_count }];
  return [
    {
      kind: 'profile',
      origin,
      source,
      creator: { displayName: user.display_name },
      account: {
        platform: 'tiktok',
        handle,
        externalId: user.open_id,
        displayName: user.display_name,
        bio: user.bio_description,
        profilePictureUrl: user.avatar_url,
        isVerified: user.is_verified,
        ...counts,
      },
      reported,
    },
  ];
}
