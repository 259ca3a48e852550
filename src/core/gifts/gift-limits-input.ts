// What a brand sets for one deal's gift: how many items and what total value she may pick (minor units of the
// store's currency, as the catalog lists prices), how many gift requests she may make, and what shipping one
// gift costs the brand (the store does not say; null = unknown, never 0).
import { z } from 'zod';

export const giftLimitsInputSchema = z
  .object({
    max_items: z.number().int().min(1).max(50).describe('items she may pick in one gift'),
    max_value_minor: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .nullable()
      .default(null)
      .describe('total value at store prices, minor units of the store currency; null = no value limit'),
    max_gifts: z
      .number()
      .int()
      .min(1)
      .max(10)
      .default(1)
      .describe('gift requests she may make (1 unless the brand allows more)'),
    shipping_minor: z
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .nullable()
      .default(null)
      .describe('what shipping one gift costs the brand, minor units; null = unknown'),
  })
  .strict();
export type GiftLimitsInput = z.infer<typeof giftLimitsInputSchema>;
