// Catalog and seeding (issue 14 item 3): the store's catalog, the gift limits of a deal, the creators' gifts.
import { z } from 'zod';
import { creatorRefSchema } from '../../core/campaigns/campaign-input.ts';
import { giftLimitsInputSchema } from '../../core/gifts/gift-limits-input.ts';
import { pageFields, pageOf } from './common.ts';

const minorOrUnknown = z.number().int().nullable();

export const catalogSyncedSchema = z.object({
  platform: z.string(),
  variants: z.number().int().describe('variants the store lists now'),
  gone: z.number().int().describe('variants the store no longer lists (kept for earlier gifts, not offered)'),
  unknown_cost: z.number().int().describe('variants whose cost the store does not give (WooCommerce: all)'),
});

export const catalogQuery = z
  .object({
    ...pageFields,
    available: z.enum(['true', 'false']).optional().describe('"true": only variants the store lists now'),
  })
  .strict();

export const catalogVariantSchema = z.object({
  id: z.number().int(),
  platform: z.string(),
  product_ref: z.string(),
  variant_ref: z.string(),
  title: z.string(),
  sku: z.string().nullable(),
  currency: z.string(),
  price_minor: z.number().int(),
  cost_minor: minorOrUnknown.describe('null: the store does not say (shown as unknown, never 0)'),
  image_url: z.string().nullable(),
  inventory: z.number().int().nullable().describe('null: stock not tracked'),
  available: z.boolean(),
  synced_at: z.string(),
});
export const catalogPageSchema = pageOf(catalogVariantSchema);

export const giftLimitsBody = giftLimitsInputSchema.extend({ creator: creatorRefSchema }).strict();
export const giftLimitsSavedSchema = giftLimitsInputSchema.extend({ enrollment_id: z.number().int() });
export const campaignGiftLimitsSchema = z.object({
  seeding_store: z
    .string()
    .nullable()
    .describe(
      'the store gifts are ordered from and the catalog read from; null = none connected with Admin API access',
    ),
  items: z.array(
    z.object({
      enrollment_id: z.number().int(),
      creator: z.string(),
      limits: giftLimitsInputSchema
        .extend({ updated_at: z.string() })
        .nullable()
        .describe('null: gift picking is not open for this deal'),
    }),
  ),
});

export const giftSchema = z.object({
  id: z.number().int(),
  enrollment_id: z.number().int(),
  creator: z.string(),
  status: z.enum(['requested', 'ordered', 'shipped', 'failed']),
  items: z.array(
    z.object({
      variant_id: z.number().int(),
      title: z.string(),
      quantity: z.number().int(),
      price_minor: z.number().int(),
      cost_minor: minorOrUnknown,
    }),
  ),
  currency: z.string(),
  value_minor: z.number().int(),
  cost_minor: minorOrUnknown.describe('product cost; null when the store does not give the cost of every item'),
  shipping_minor: minorOrUnknown.describe('what the brand set shipping one gift costs; null = unknown'),
  store_order_ref: z.string().nullable(),
  store_order_name: z.string().nullable(),
  error: z.string().nullable(),
  created_at: z.string(),
  ordered_at: z.string().nullable(),
  shipped_at: z.string().nullable(),
});
export const giftListSchema = z.object({ items: z.array(giftSchema) });
