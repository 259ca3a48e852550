// Schemas of the ledger and payouts API: creator statements, adjustments, payout details, payout batches.
import { z } from 'zod';
import { LEDGER_KINDS } from '../../core/ledger/ledger-kinds.ts';
import { payoutDetailsSchema } from '../../core/payouts/payout-details.ts';
import { PAYOUT_FILE_FORMATS } from '../../core/payouts/payout-file-formats.ts';
import { PAYOUT_BATCH_STATUSES, PAYOUT_LINE_STATUSES } from '../../core/payouts/payout-status.ts';

const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "GBP"');
const isoInstant = z.iso.datetime({ offset: true });

export const statementQuery = z.object({
  campaign: z.coerce.number().int().positive().optional().describe('only this campaign’s entries'),
  as_of: isoInstant.optional().describe('what is payable as of this instant (default now)'),
});

export const balanceSchema = z.object({
  currency: z.string(),
  payable_minor: z.number().describe('payable accruals + fees + adjustments − reversals − payouts; may be negative'),
  pending_minor: z.number().describe('commission still in its hold period'),
  accruals_minor: z.number(),
  reversals_minor: z.number(),
  fees_minor: z.number(),
  adjustments_minor: z.number(),
  paid_minor: z.number(),
});

export const statementLineSchema = z.object({
  id: z.number(),
  kind: z.enum(LEDGER_KINDS),
  occurred_at: z.string(),
  available_at: z.string().describe('when it counts in the payable balance (order time + hold for commission)'),
  payable: z.boolean(),
  amount_minor: z.number().describe('in the creator’s favour: + owed to her, − taken back or paid'),
  currency: z.string(),
  running_minor: z.number().describe('everything booked in this currency up to this line, pending included'),
  reason: z.string(),
  campaign_id: z.number().nullable(),
  order_id: z.number().nullable(),
  payout_line_id: z.number().nullable(),
});

export const statementSchema = z.object({
  creator: z.object({ id: z.number(), name: z.string().nullable() }),
  campaign_id: z.number().nullable(),
  as_of: z.string(),
  balances: z.array(balanceSchema),
  lines: z.array(statementLineSchema),
});

export const adjustmentBody = z
  .object({
    amount_minor: z
      .number()
      .int()
      .refine((n) => n !== 0, 'must not be zero')
      .describe('+ owed to the creator, − owed back'),
    currency,
    reason: z.string().trim().min(1).max(500),
    campaign_id: z.number().int().positive().optional(),
  })
  .strict();

export const adjustmentAnswer = z.object({
  transaction_id: z.number().nullable(),
  repeated: z.boolean().describe('true when this Idempotency-Key was already used: nothing was added'),
});

export const payoutDetailsBody = payoutDetailsSchema;
export const payoutDetailsAnswer = z.object({
  creator_id: z.number(),
  details: payoutDetailsSchema.nullable().describe('null when none were given; IBAN, account number and TIN masked'),
  updated_at: z.string().nullable(),
});

export const prepareBatchBody = z
  .object({
    as_of: isoInstant.optional().describe('payable as of this instant (default now; never after now)'),
    minimum_minor: z.number().int().min(0).optional().describe('smallest line, in each line’s currency'),
  })
  .strict();

export const payoutLineSchema = z.object({
  id: z.number(),
  creator: z.object({ id: z.number(), name: z.string().nullable() }),
  currency: z.string(),
  amount_minor: z.number(),
  status: z.enum(PAYOUT_LINE_STATUSES),
  excluded_reason: z.string().nullable(),
  failure_reason: z.string().nullable(),
  provider: z.string().nullable(),
  provider_ref: z.string().nullable(),
});

export const payoutBatchSchema = z.object({
  id: z.number(),
  status: z.enum(PAYOUT_BATCH_STATUSES),
  as_of: z.string(),
  minimum_minor: z.number(),
  created_at: z.string(),
  paid_at: z.string().nullable(),
  paid_via: z.string().nullable(),
  totals: z.array(z.object({ currency: z.string(), amount_minor: z.number(), lines: z.number() })),
  lines: z.array(payoutLineSchema),
});

export const payoutBatchListSchema = z.object({ items: z.array(payoutBatchSchema) });

export const excludeLineBody = z.object({ reason: z.string().trim().min(1).max(500) }).strict();
export const failLineBody = z
  .object({ reason: z.string().trim().min(1).max(500).describe('the provider’s or bank’s reason') })
  .strict();
export const markPaidBody = z.object({ via: z.enum(PAYOUT_FILE_FORMATS) }).strict();
export const markPaidAnswer = z.object({
  batch: payoutBatchSchema,
  paid_line_ids: z.array(z.number()).describe('lines paid by this call (empty on a repeat)'),
});
export const exportQuery = z.object({
  format: z.enum(PAYOUT_FILE_FORMATS),
  currency: currency.optional().describe('only this currency (a PayPal file holds one)'),
});

export const sendBatchBody = z.object({ provider: z.enum(['stripe', 'paypal']) }).strict();
const lineNote = z.object({ line_id: z.number(), reason: z.string() });
export const sendBatchAnswer = z.object({
  batch: payoutBatchSchema,
  paid_line_ids: z.array(z.number()).describe('lines paid by this call (Stripe transfers created)'),
  pending: z
    .array(lineNote)
    .describe('sent and waiting for the provider’s webhook, or unanswered: send again to retry safely'),
  failed: z.array(lineNote).describe('refused by the provider, with its reason (the money stays payable)'),
});

export type StatementBody = z.infer<typeof statementSchema>;
export type PayoutBatchBody = z.infer<typeof payoutBatchSchema>;
export type PayoutDetailsAnswerBody = z.infer<typeof payoutDetailsAnswer>;
export type MarkPaidBody = z.infer<typeof markPaidAnswer>;
