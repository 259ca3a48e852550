// YouTube Data API v3 list responses as microreach reads them. Every count arrives as a JSON string
// of digits; a part that was not requested is absent. Items are validated one by one so that one
// bad item does not hold back the others.
import { z } from 'zod';
import { isoDurationSeconds } from '../../core/time/iso-duration-seconds.ts';
import { digitCount, isoInstant, objectId } from '../zod-types.ts';

const thumbnails = z.record(z.string(), z.object({ url: z.string() }));

export const listEnvelopeSchema = z.object({
  kind: z.enum(['youtube#channelListResponse', 'youtube#videoListResponse']),
  items: z.array(z.unknown()),
  nextPageToken: z.string().optional(),
});

export const channelSchema = z.object({
  id: objectId,
  snippet: z
    .object({
      title: z.string(),
      description: z.string().optional(),
      customUrl: z.string().optional(),
      publishedAt: isoInstant.optional(),
      thumbnails: thumbnails.optional(),
      country: z.string().optional(),
    })
    .optional(),
  statistics: z
    .object({
      viewCount: digitCount.optional(),
      subscriberCount: digitCount.optional(),
      hiddenSubscriberCount: z.boolean(),
      videoCount: digitCount.optional(),
    })
    .optional(),
});

export const videoSchema = z.object({
  id: objectId,
  snippet: z.object({
    publishedAt: isoInstant,
    channelId: objectId,
    title: z.string(),
    description: z.string().optional(),
    channelTitle: z.string().optional(),
    tags: z.array(z.string()).optional(),
    liveBroadcastContent: z.string().optional(),
  }),
  contentDetails: z
    .object({
      duration: z
        .string()
        .refine((d) => isoDurationSeconds(d) !== undefined, {
          message: 'expected an ISO-8601 duration such as PT21M7S',
        })
        .optional(),
    })
    .optional(),
  // A count is missing although the part is present when the owner hides it or disabled comments.
  statistics: z
    .object({
      viewCount: digitCount.optional(),
      likeCount: digitCount.optional(),
      commentCount: digitCount.optional(),
    })
    .optional(),
  paidProductPlacementDetails: z.object({ hasPaidProductPlacement: z.boolean() }).optional(),
});

export type YouTubeChannel = z.infer<typeof channelSchema>;
export type YouTubeVideo = z.infer<typeof videoSchema>;
