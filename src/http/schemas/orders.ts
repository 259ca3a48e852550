// Request and response schemas of /api/v1/orders and /api/v1/webhook-deliveries.
import { STORE_PLATFORMS } from '../../core/orders/store-platforms.ts';
import { z } from 'zod';
import { pageFields } from './common.ts';

export const orderListQuery = z
  .object({
    campaign_id: z.coerce.number().int().positive().optional(),
    rule: z.enum(['known_customer', 'discount_code', 'click', 'unattributed']).optional(),
    ...pageFields,
  })
  .strict();

export const orderSchema = z.object({
  id: z.number(),
  source: z.string(),
  external_id: z.string(),
  name: z.string().nullable(),
  currency: z.string(),
  placed_at: z.string(),
  subtotal_minor: z.number(),
  total_minor: z.number(),
  refunded_minor: z.number(),
  financial_status: z.string().nullable(),
  cancelled_at: z.string().nullable(),
  codes: z.array(z.string()),
  attribution: z
    .object({
      rule: z.enum(['known_customer', 'discount_code', 'click', 'unattributed']),
      campaign_id: z.number().nullable(),
      enrollment_id: z.number().nullable(),
      is_repeat: z.boolean(),
      is_new_customer: z.boolean().nullable(),
      flags: z
        .array(z.object({ kind: z.enum(['self_referral', 'coupon_site']), reason: z.string() }))
        .describe('per-order flags; a code leak is judged per creator in the campaign report'),
      evidence: z.record(z.string(), z.unknown()).describe('what the rule saw: code, click id, timestamps'),
    })
    .nullable(),
});

export const DELIVERY_OUTCOMES = [
  'processed',
  'duplicate',
  'ignored',
  'bad_signature',
  'invalid',
  'failed',
  'pending',
] as const;

export const deliveryListQuery = z.object({ outcome: z.enum(DELIVERY_OUTCOMES).optional(), ...pageFields }).strict();

export const deliverySchema = z.object({
  id: z.number(),
  platform: z.enum(STORE_PLATFORMS),
  topic: z.string().nullable(),
  external_id: z.string().nullable(),
  signature_ok: z.boolean(),
  body_bytes: z.number(),
  body_truncated: z.boolean(),
  outcome: z.enum(DELIVERY_OUTCOMES),
  error: z.string().nullable(),
  order_id: z.number().nullable(),
  attempts: z.number(),
  received_at: z.string(),
  processed_at: z.string().nullable(),
  duration_ms: z.number().nullable(),
});

export const replayResultSchema = z.object({
  id: z.number(),
  outcome: z.enum(DELIVERY_OUTCOMES),
  error: z.string().nullable(),
  order_id: z.number().nullable(),
});

export type OrderBody = z.infer<typeof orderSchema>;
