// The Stripe events payouts follow: transfer.created (paid) and transfer.reversed (returned to payable).
// https://docs.stripe.com/api/events/types#event_types-transfer.created
import { z } from 'zod';

export const stripeTransferEventSchema = z.object({
  id: z.string().regex(/^evt_/),
  object: z.literal('event'),
  type: z.string(),
  data: z.object({
    object: z.object({
      id: z.string().regex(/^tr_/),
      object: z.literal('transfer'),
      amount: z.number().int(),
      amount_reversed: z.number().int().default(0),
      reversed: z.boolean().default(false),
      metadata: z.record(z.string(), z.string()).default({}),
    }),
  }),
});
export type StripeTransferEvent = z.infer<typeof stripeTransferEventSchema>;
