// PayPal webhook events of payout items (PAYMENT.PAYOUTS-ITEM.*): the item's status and our sender_item_id.
// https://developer.paypal.com/api/rest/webhooks/event-names/#payouts
import { z } from 'zod';

export const payPalItemEventSchema = z.object({
  id: z.string().min(1),
  event_type: z.string().regex(/^PAYMENT\.PAYOUTS-ITEM\./),
  resource: z.object({
    payout_item_id: z.string(),
    transaction_status: z.string().optional(),
    payout_batch_id: z.string().optional(),
    payout_item: z.object({ sender_item_id: z.string() }),
    errors: z.object({ name: z.string().optional(), message: z.string().optional() }).optional(),
  }),
});
export type PayPalItemEvent = z.infer<typeof payPalItemEventSchema>;

/** What an item event means for the line: paid, failed (with PayPal's reason), or nothing yet. */
export function payPalItemOutcome(e: PayPalItemEvent): { paid: true } | { failed: string } | null {
  const kind = e.event_type.slice('PAYMENT.PAYOUTS-ITEM.'.length);
  if (kind === 'SUCCEEDED') return { paid: true };
  if (['FAILED', 'RETURNED', 'BLOCKED', 'DENIED', 'CANCELED', 'REFUNDED', 'REVERSED', 'UNCLAIMED'].includes(kind))
    return {
      failed: `PayPal ${kind.toLowerCase()}: ${e.resource.errors?.message ?? e.resource.transaction_status ?? kind}`,
    };
  return null;
}
