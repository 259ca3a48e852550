// TikTok Display API v2 responses (developers.tiktok.com: "Get User Info" /v2/user/info/ and
// "List Videos" /v2/video/list/): `{ data: {…}, error: { code, message, log_id } }`, with only the
// fields the request asked for. Ids are strings; counts are JSON numbers; create_time is Unix seconds.
import { z } from 'zod';
import { count, objectId } from '../zod-types.ts';

export const displayApiEnvelopeSchema = z.object({
  data: z.record(z.string(), z.unknown()),
  error: z.object({ code: z.string(), message: z.string().optional(), log_id: z.string().optional() }),
});

export const tiktokUserSchema = z.object({
  open_id: objectId,
  union_id: z.string().optional(),
  avatar_url: z.string().optional(),
  display_name: z.string().optional(),
  bio_description: z.string().optional(),
  profile_deep_link: z.string().optional(),
  is_verified: z.boolean().optional(),
  username: z.string().optional(),
  follower_count: count.optional(),
  following_count: count.optional(),
  likes_count: count.optional(),
  video_count: count.optional(),
});

export const tiktokVideoSchema = z.object({
  id: objectId,
  create_time: z.number().int().nonnegative(),
  title: z.string().optional(),
  video_description: z.string().optional(),
  duration: z.number().nonnegative().optional(),
  cover_image_url: z.string().optional(),
  share_url: z.string().optional(),
  embed_link: z.string().optional(),
  like_count: count.optional(),
  comment_count: count.optional(),
  share_count: count.optional(),
  view_count: count.optional(),
});

export const videoListDataSchema = z.object({
  videos: z.array(z.unknown()),
  cursor: z.number().int().optional(),
  has_more: z.boolean().optional(),
});

export type TikTokUser = z.infer<typeof tiktokUserSchema>;
export type TikTokVideo = z.infer<typeof tiktokVideoSchema>;
