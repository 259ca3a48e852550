// What the brand (API, CLI) or the creator (portal) gives to record a live post or story of a campaign.
import { z } from 'zod';
import { creatorRefSchema } from '../campaigns/campaign-input.ts';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullish();
export const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2000);

export const contentPostInputSchema = z
  .object({
    url: httpUrl,
    kind: z.enum(['post', 'story']).default('post'),
    caption: z.string().max(20_000).nullish(),
    posted_at: z.iso.datetime({ offset: true, error: 'an ISO date-time such as 2026-05-02T10:00:00Z' }),
    /** 1-based, as the terms number them; absent = matched by kind. */
    deliverable: z.number().int().min(1).max(20).nullish(),
    is_paid_partnership: z.boolean().nullish(),
    likes: count,
    comments: count,
    views: count,
    impressions: count,
    /** Story insights: accounts reached, replies, link clicks (sticker taps). */
    reach: count,
    replies: count,
    link_clicks: count,
  })
  .strict();
export type ContentPostInput = z.infer<typeof contentPostInputSchema>;

/** The brand's form: the same post plus whose it is. */
export const brandContentInputSchema = contentPostInputSchema.extend({ creator: creatorRefSchema }).strict();
export type BrandContentInput = z.infer<typeof brandContentInputSchema>;
