// Pays a batch by API. Stripe Connect: one transfer per line to the creator's connected Express account,
// Idempotency-Key "microreach-payout-line-<id>", so a retry after a timeout returns the same transfer
// and never pays twice; a transfer created is a payout in the ledger. PayPal Payouts: one payout per
// currency with sender_batch_id "microreach-<batch>-<currency>" (PayPal pays a sender_batch_id once);
// its lines stay processing until PAYMENT.PAYOUTS-ITEM webhooks say paid or failed.
// A line whose request went unanswered stays processing (held, not payable) until the batch is sent again.
import { AppError, type ErrorDetail } from '../../core/app-error.ts';
import { decimalAmount } from '../../core/payouts/decimal-amount.ts';
import type { Config } from '../../config.ts';
import { createPayPalPayout } from '../../connectors/payouts/paypal/create-payout.ts';
import { ProviderError } from '../../connectors/payouts/provider-error.ts';
import { createStripeTransfer } from '../../connectors/payouts/stripe/create-transfer.ts';
import type { DB } from '../../storage/connect.ts';
import { type PayoutLineRow, setPayoutBatchSent, updatePayoutLine } from '../../storage/payouts/payout-batch-rows.ts';
import { getPayoutBatch } from './get-payout-batch.ts';
import { markPayoutLinePaid } from './mark-payout-line-paid.ts';
import { loadPayoutDetails } from './payout-details-store.ts';

export const PAYOUT_PROVIDERS = ['stripe', 'paypal'] as const;
export type PayoutProvider = (typeof PAYOUT_PROVIDERS)[number];

export interface SendDeps {
  config: Pick<Config, 'payouts'>;
  key: Buffer;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface SendResult {
  paidLines: PayoutLineRow[];
  /** Sent and waiting for the provider (PayPal), or unanswered (retry by sending again). */
  pending: { lineId: number; reason: string }[];
  failed: { lineId: number; reason: string }[];
}

export async function sendPayoutBatch(
  db: DB,
  deps: SendDeps,
  who: { workspaceId: number; userId: number | null },
  batchId: number,
  provider: PayoutProvider,
  now: string,
): Promise<SendResult> {
  const batch = await getPayoutBatch(db, who.workspaceId, batchId);
  const lines = batch.lines.filter(
    (l) => l.status === 'proposed' || (l.status === 'processing' && l.provider === provider),
  );
  if (lines.length === 0)
    throw new AppError('conflict', `Payout batch ${batchId} has no line to send`, [
      { path: 'lines', message: 'none proposed' },
    ]);
  const details = await loadPayoutDetails(
    db,
    deps.key,
    who.workspaceId,
    lines.map((l) => l.creatorId),
  );
  const problems: ErrorDetail[] = [];
  const target = (l: PayoutLineRow) => {
    const d = details.get(l.creatorId)?.details;
    const value = provider === 'stripe' ? d?.stripe_account_id : (d?.paypal_email ?? d?.email);
    if (!value)
      problems.push({
        path: `creator ${l.creatorId}${l.creatorName ? ` (${l.creatorName})` : ''}`,
        message: `no ${provider === 'stripe' ? 'Stripe connected account' : 'PayPal email'} in the payout details`,
      });
    return value ?? '';
  };
  const targets = new Map(lines.map((l) => [l.id, target(l)]));
  if (problems.length) throw new AppError('validation_failed', `Cannot send batch ${batchId} by ${provider}`, problems);
  credentials(deps.config, provider);
  // From here the batch is no longer a draft: its lines are held until paid or failed.
  await setPayoutBatchSent(db, who.workspaceId, batchId, provider, now);
  for (const l of lines)
    if (l.status === 'proposed')
      await updatePayoutLine(db, who.workspaceId, l.id, { status: 'processing', provider }, now);
  return provider === 'stripe'
    ? sendStripe(db, deps, who, lines, targets, now)
    : sendPayPal(db, deps, who, batchId, lines, targets, now);
}

function credentials(config: Pick<Config, 'payouts'>, provider: PayoutProvider) {
  const missing =
    provider === 'stripe'
      ? !config.payouts.stripe.secretKey && 'STRIPE_SECRET_KEY'
      : (!config.payouts.paypal.clientId || !config.payouts.paypal.clientSecret) &&
        'PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET';
  if (missing)
    throw new AppError(
      'unprocessable',
      `Paying by ${provider} is not configured on this installation (set ${missing})`,
    );
}

async function sendStripe(
  db: DB,
  deps: SendDeps,
  who: { workspaceId: number; userId: number | null },
  lines: PayoutLineRow[],
  targets: Map<number, string>,
  now: string,
): Promise<SendResult> {
  const result: SendResult = { paidLines: [], pending: [], failed: [] };
  const api = {
    ...deps.config.payouts.stripe,
    secretKey: deps.config.payouts.stripe.secretKey!,
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs,
  };
  for (const line of lines) {
    try {
      const transfer = await createStripeTransfer(
        api,
        {
          amountMinor: line.amountMinor,
          currency: line.currency,
          destination: targets.get(line.id)!,
          transferGroup: `microreach-batch-${line.batchId}`,
          metadata: { payout_line_id: String(line.id), workspace_id: String(who.workspaceId) },
        },
        `microreach-payout-line-${line.id}`,
      );
      if (await markPayoutLinePaid(db, who, line, { provider: 'stripe', providerRef: transfer.id }, now))
        result.paidLines.push({ ...line, status: 'paid', provider: 'stripe', providerRef: transfer.id });
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      if (error.retryable) result.pending.push({ lineId: line.id, reason: error.message });
      else {
        await updatePayoutLine(db, who.workspaceId, line.id, { status: 'failed', failure_reason: error.message }, now);
        result.failed.push({ lineId: line.id, reason: error.message });
      }
    }
  }
  return result;
}

async function sendPayPal(
  db: DB,
  deps: SendDeps,
  who: { workspaceId: number; userId: number | null },
  batchId: number,
  lines: PayoutLineRow[],
  targets: Map<number, string>,
  now: string,
): Promise<SendResult> {
  const result: SendResult = { paidLines: [], pending: [], failed: [] };
  const paypal = deps.config.payouts.paypal;
  const api = {
    apiUrl: paypal.apiUrl,
    clientId: paypal.clientId!,
    clientSecret: paypal.clientSecret!,
    fetch: deps.fetch,
    timeoutMs: deps.timeoutMs,
  };
  for (const currency of [...new Set(lines.map((l) => l.currency))].sort()) {
    const group = lines.filter((l) => l.currency === currency);
    try {
      const sent = await createPayPalPayout(api, {
        senderBatchId: `microreach-${batchId}-${currency}`,
        items: group.map((l) => ({
          receiver: targets.get(l.id)!,
          value: decimalAmount(l.amountMinor, currency),
          currency,
          senderItemId: `microreach-line-${l.id}`,
          note: `microreach payout ${batchId}-${l.id}`,
        })),
      });
      for (const l of group) {
        await updatePayoutLine(db, who.workspaceId, l.id, { provider_ref: sent.payoutBatchId }, now);
        result.pending.push({ lineId: l.id, reason: `PayPal ${sent.status}: waiting for its webhook` });
      }
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      for (const l of group) {
        if (error.retryable) result.pending.push({ lineId: l.id, reason: error.message });
        else {
          await updatePayoutLine(db, who.workspaceId, l.id, { status: 'failed', failure_reason: error.message }, now);
          result.failed.push({ lineId: l.id, reason: error.message });
        }
      }
    }
  }
  return result;
}
