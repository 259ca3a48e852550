// Provider webhooks settle lines sent by API: Stripe transfer.created → paid, transfer.reversed → returned
// to payable; PayPal PAYMENT.PAYOUTS-ITEM.SUCCEEDED → paid, FAILED / RETURNED / BLOCKED / … → back to
// payable with PayPal's reason. The line is found by the id we gave the provider and must have been sent
// to that provider; paying and failing are idempotent, so a redelivered event changes nothing.
import type { PayPalItemEvent } from '../../connectors/payouts/paypal/paypal-event.ts';
import { payPalItemOutcome } from '../../connectors/payouts/paypal/paypal-event.ts';
import type { StripeTransferEvent } from '../../connectors/payouts/stripe/stripe-event.ts';
import type { DB } from '../../storage/connect.ts';
import { findProviderLine } from '../../storage/payouts/payout-batch-rows.ts';
import { failPayoutLine } from './fail-payout-line.ts';
import { getPayoutBatch } from './get-payout-batch.ts';
import { markPayoutLinePaid } from './mark-payout-line-paid.ts';

export type EventOutcome = 'paid' | 'failed' | 'ignored' | 'unknown_line';

async function settle(
  db: DB,
  provider: 'stripe' | 'paypal',
  lineId: number,
  outcome: { paid: true; ref: string | null } | { failed: string },
  now: string,
): Promise<EventOutcome> {
  const found = Number.isSafeInteger(lineId) ? await findProviderLine(db, provider, lineId) : undefined;
  if (!found) return 'unknown_line';
  const who = { workspaceId: found.workspaceId, userId: null };
  if ('failed' in outcome) {
    if (found.status === 'failed') return 'failed';
    await failPayoutLine(db, who, found.batchId, lineId, outcome.failed, now);
    return 'failed';
  }
  if (found.status !== 'processing') return found.status === 'paid' ? 'paid' : 'ignored';
  const line = (await getPayoutBatch(db, found.workspaceId, found.batchId)).lines.find((l) => l.id === lineId)!;
  await markPayoutLinePaid(db, who, line, { provider, providerRef: outcome.ref ?? found.providerRef }, now);
  return 'paid';
}

export function applyStripeEvent(db: DB, event: StripeTransferEvent, now: string): Promise<EventOutcome> {
  const transfer = event.data.object;
  const lineId = Number(transfer.metadata.payout_line_id);
  if (event.type === 'transfer.created') return settle(db, 'stripe', lineId, { paid: true, ref: transfer.id }, now);
  if (event.type === 'transfer.reversed')
    return settle(db, 'stripe', lineId, { failed: `Stripe transfer ${transfer.id} reversed` }, now);
  return Promise.resolve('ignored');
}

export function applyPayPalEvent(db: DB, event: PayPalItemEvent, now: string): Promise<EventOutcome> {
  const outcome = payPalItemOutcome(event);
  const lineId = Number(/^microreach-line-(\d+)$/.exec(event.resource.payout_item.sender_item_id)?.[1]);
  if (!outcome) return Promise.resolve('ignored');
  return settle(
    db,
    'paypal',
    lineId,
    'paid' in outcome ? { paid: true, ref: event.resource.payout_item_id } : outcome,
    now,
  );
}
