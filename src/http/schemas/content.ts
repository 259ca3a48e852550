// Request and response schemas of the portal links, deal terms, content and drafts API (issue 14).
import { z } from 'zod';
import { creatorRefSchema } from '../../core/campaigns/campaign-input.ts';
import { BRAND_MENTIONS } from '../../core/content/brand-mention.ts';
import { brandContentInputSchema } from '../../core/content/content-input.ts';
import { DELIVERABLE_TYPES, dealTermsSchema } from '../../core/content/deal-terms.ts';
import { RULES } from '../../core/content/rules/rule-result.ts';
import { DEAL_STATUSES } from '../../core/shared/deal-status.ts';

export { brandContentInputSchema, dealTermsSchema };

export const portalLinkBody = z
  .object({
    creator: creatorRefSchema,
    days: z.number().int().min(1).max(90).default(14).describe('days until it expires'),
  })
  .strict();
export const portalLinkSchema = z.object({
  id: z.number(),
  creator: z.string(),
  url: z.string().describe('the magic link to hand to the creator (no password)'),
  expires_at: z.string(),
});
export const revokedSchema = z.object({ id: z.number(), revoked: z.literal(true) });

export const setTermsBody = z.object({ creator: creatorRefSchema, terms: dealTermsSchema }).strict();
export const termsSavedSchema = z.object({ enrollment_id: z.number(), terms: dealTermsSchema });

export const collectedSchema = z.object({
  found: z.number().describe('platform posts of the enrolled creators that belong to the campaign'),
  added: z.number().describe('of which recorded for the first time (the others got a new metric snapshot)'),
});
export const contentAddedSchema = z.object({ id: z.number(), created: z.boolean() });

export const reviewDraftBody = z
  .object({
    decision: z.enum(['approved', 'changes_requested']),
    comment: z.string().trim().min(1).max(5000).nullish(),
    rights: z
      .object({ organic: z.boolean(), paid_ads: z.boolean(), days: z.number().int().min(1).max(3650).nullish() })
      .strict()
      .nullish()
      .describe("usage rights granted on approval (absent: the deal's terms)"),
  })
  .strict();
export const changedSchema = z.object({ changed: z.boolean() });

export const answerProposalBody = z
  .object({
    answer: z.enum(['accept', 'counter']),
    message: z.string().trim().min(1).max(5000).nullish(),
    fee_minor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullish(),
  })
  .strict();
export const proposalAnsweredSchema = z.object({
  id: z.number(),
  enrollment_id: z.number(),
  fee_minor: z.number().nullable(),
});

const n = z.number().nullable();
export const ruleResultSchema = z.object({
  rule: z.enum(RULES),
  result: z.enum(['pass', 'fail', 'unknown']),
  evidence: z.string().nullable().describe('the matched text or compared values'),
  reason: z.string(),
});
const postSchema = z.object({
  id: z.number(),
  kind: z.enum(['post', 'story']),
  url: z.string(),
  caption: z.string().nullable(),
  posted_at: z.string().nullable(),
  source: z
    .string()
    .describe('brand, portal, platform, story_mention, or creator_reported (her own numbers, not platform-verified)'),
  brand_mention: z
    .enum(BRAND_MENTIONS)
    .nullable()
    .describe(
      "how Instagram itself reported the brand named: tagged (the brand's tags edge), mentioned (mentioned_media), story_mention; null = it did not",
    ),
  deleted_at: z.string().nullable(),
  outcome: z.enum(['pass', 'fail', 'unknown']).nullable(),
  rules: z.array(ruleResultSchema),
  upload: z
    .object({
      media_type: z.string(),
      media_url: z.string().describe('the story file (members of the workspace only)'),
      insights_url: z.string().nullable().describe('her insights screenshot; null = none came with it'),
    })
    .nullable()
    .describe('a story she uploaded from her portal; null for posts found or added otherwise'),
  metrics: z
    .object({
      likes: n,
      comments: n,
      views: n,
      impressions: n,
      reach: n.describe('story insights: accounts reached'),
      replies: n.describe('story insights: replies'),
      link_clicks: n.describe('story insights: link sticker taps'),
      observed_at: z.string(),
    })
    .nullable()
    .describe('the latest snapshot; null = never measured'),
});
export const deliverableStatusSchema = z.object({
  number: z.number().describe('1-based, as in the terms'),
  type: z.enum(DELIVERABLE_TYPES),
  count: z.number(),
  window_start: z.string().nullable(),
  due_on: z.string().nullable(),
  state: z.enum(['due', 'late', 'posted', 'failing']),
  posted: z.number(),
  posts: z.array(postSchema),
});
export const contentSummarySchema = z.object({
  deliverables: z.object({ due: z.number(), late: z.number(), posted: z.number(), failing: z.number() }),
  gifted_not_posted: z.object({ gifted: z.number(), not_posted: z.number(), rate: n, definition: z.string() }),
});

const answerSchema = z.object({
  id: z.number(),
  kind: z.enum(['accepted', 'declined', 'proposed', 'proposal_accepted', 'countered']),
  typed_name: z.string().nullable(),
  ip_address: z.string().nullable(),
  user_agent: z.string().nullable(),
  terms_sha256: z.string().nullable(),
  message: z.string().nullable(),
  proposed_fee_minor: n,
  answers_id: n,
  created_at: z.string(),
});
const draftSchema = z.object({
  id: z.number(),
  deliverable: n,
  url: z.string().nullable(),
  file: z.object({ type: z.string(), bytes: z.number() }).nullable(),
  status: z.enum(['submitted', 'approved', 'changes_requested']),
  rights: z
    .object({ organic: z.boolean(), paid_ads: z.boolean(), days: n, expires_at: z.string().nullable() })
    .nullable(),
  created_at: z.string(),
  comments: z.array(z.object({ author: z.enum(['creator', 'brand']), body: z.string(), created_at: z.string() })),
});
export const campaignContentSchema = contentSummarySchema.extend({
  creators: z.array(
    z.object({
      enrollment_id: z.number(),
      creator: z.string(),
      deal_status: z.enum(DEAL_STATUSES),
      terms_state: z.enum(['open', 'accepted', 'declined', 'proposal_pending']),
      terms_sha256: z.string(),
      answers: z.array(answerSchema).describe("the creator's answers (with evidence) and the brand's, oldest first"),
      drafts: z.array(draftSchema),
      deliverables: z.array(deliverableStatusSchema),
    }),
  ),
  unmatched_posts: z.array(postSchema),
});
export const expiringRightsSchema = z.object({
  items: z.array(
    z.object({
      draft_id: z.number(),
      creator: z.string(),
      content: z.string().nullable(),
      organic: z.boolean(),
      paid_ads: z.boolean(),
      days: n,
      expires_at: z.string(),
    }),
  ),
});

export type CampaignContentBody = z.infer<typeof campaignContentSchema>;
