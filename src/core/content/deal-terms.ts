// The terms of one creator's deal as the brand writes them and the creator accepts them: each deliverable with the
// rules every matched post is checked against (PRODUCT.md "Deliverable rules"), the usage rights and exclusivity.
// Validated the same way by the API, the CLI and the portal.
import { z } from 'zod';

export const DELIVERABLE_TYPES = ['feed_post', 'reel', 'story', 'video'] as const;
export type DeliverableType = (typeof DELIVERABLE_TYPES)[number];

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const handle = z
  .string()
  .trim()
  .regex(/^@[\p{L}\p{N}._]{1,60}$/u, 'a handle such as "@solea"');
const hashtag = z
  .string()
  .trim()
  .regex(/^#[\p{L}\p{N}_]{1,100}$/u, 'a hashtag such as "#soleasummer"');

export const deliverableSchema = z
  .object({
    type: z.enum(DELIVERABLE_TYPES),
    count: z.number().int().min(1).max(50).default(1),
    /** The window the post must go live in (inclusive dates, UTC); null = the campaign's dates. */
    window_start: date.nullish(),
    due_on: date.nullish(),
    require_disclosure: z.boolean().default(true),
    /** At least one of these handles or hashtags must appear (none listed = no such rule). */
    brand_handles: z.array(handle).max(10).default([]),
    hashtags: z.array(hashtag).max(10).default([]),
    require_link: z.boolean().default(false),
    require_code: z.boolean().default(false),
    /** Days the post must stay online after it went live; null = no such rule. */
    min_online_days: z.number().int().min(1).max(3650).nullish(),
  })
  .strict();
export type Deliverable = z.infer<typeof deliverableSchema>;

export const usageRightsSchema = z
  .object({
    organic: z.boolean().default(false).describe('the brand may re-post the content on its own accounts'),
    paid_ads: z.boolean().default(false).describe('the brand may run the content as paid ads / allowlisting'),
    days: z.number().int().min(1).max(3650).nullish().describe('how long the rights last from approval (null: none)'),
  })
  .strict();
export type UsageRights = z.infer<typeof usageRightsSchema>;

export const dealTermsSchema = z
  .object({
    deliverables: z.array(deliverableSchema).min(1).max(20),
    usage_rights: usageRightsSchema.default({ organic: false, paid_ads: false }),
    exclusivity: z
      .object({ scope: z.string().trim().min(1).max(300), days: z.number().int().min(1).max(3650) })
      .strict()
      .nullish(),
    notes: z.string().trim().max(5000).nullish(),
  })
  .strict();
export type DealTerms = z.infer<typeof dealTermsSchema>;
