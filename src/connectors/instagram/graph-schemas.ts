// Instagram Graph API response shapes for users and media, as microreach reads them. Unknown extra
// fields are ignored; a known field of the wrong type fails, so upstream drift shows up here.
import { z } from 'zod';
import { count, isoInstant, objectId } from '../zod-types.ts';

export const graphMediaSchema = z.object({
  id: objectId,
  caption: z.string().optional(),
  comments_count: count.optional(),
  // Business Discovery leaves like_count out when the owner hides likes.
  like_count: count.optional(),
  media_type: z.enum(['IMAGE', 'VIDEO', 'CAROUSEL_ALBUM']),
  media_product_type: z.enum(['FEED', 'REELS', 'STORY', 'AD']).optional(),
  permalink: z.string().optional(),
  timestamp: isoInstant,
  username: z.string().optional(),
  owner: z.object({ id: objectId }).optional(),
  children: z.object({ data: z.array(z.object({ id: objectId })) }).optional(),
});

export const graphMediaPageSchema = z.object({
  data: z.array(graphMediaSchema),
  paging: z
    .object({
      cursors: z.object({ before: z.string().optional(), after: z.string().optional() }).optional(),
      next: z.string().optional(),
    })
    .optional(),
});

const userFields = {
  id: objectId,
  username: z.string().optional(),
  name: z.string().optional(),
  biography: z.string().optional(),
  website: z.string().optional(),
  profile_picture_url: z.string().optional(),
  followers_count: count.optional(),
  follows_count: count.optional(),
  media_count: count.optional(),
  media: graphMediaPageSchema.optional(),
};

/** A user read directly (`GET /{ig-user-id}?fields=…`). */
export const graphUserSchema = z.object({ ...userFields, username: z.string() });

/** `GET /{ig-user-id}?fields=business_discovery.username(x){…}`: the outer id is the caller's account. */
export const businessDiscoverySchema = z.object({
  business_discovery: z.object(userFields),
  id: objectId.optional(),
});

export type GraphMedia = z.infer<typeof graphMediaSchema>;
export type GraphUser = z.infer<typeof businessDiscoverySchema>['business_discovery'];
