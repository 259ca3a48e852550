// A workspace's ledger transactions as seen from creators' accounts (amount in the creator's favour),
// optionally for one creator and one campaign, in booking order (append-only: ids only grow).
import type { LedgerKind } from '../../core/ledger/ledger-kinds.ts';
import type { DB } from '../connect.ts';

export interface LedgerEntryRow {
  id: number;
  kind: LedgerKind;
  creatorId: number;
  campaignId: number | null;
  enrollmentId: number | null;
  orderId: number | null;
  payoutLineId: number | null;
  currency: string;
  amountMinor: number;
  reason: string;
  occurredAt: string;
  availableAt: string;
  key: string;
}

export async function listLedgerEntries(
  db: DB,
  workspaceId: number,
  filter: { creatorId?: number; campaignId?: number } = {},
): Promise<LedgerEntryRow[]> {
  let q = db
    .selectFrom('ledger_transactions as t')
    .innerJoin('ledger_postings as p', (j) =>
      j.onRef('p.transaction_id', '=', 't.id').on('p.account', 'like', 'creator:%'),
    )
    .select([
      't.id',
      't.kind',
      't.creator_id',
      't.campaign_id',
      't.enrollment_id',
      't.order_id',
      't.payout_line_id',
      't.currency',
      'p.amount_minor',
      't.reason',
      't.occurred_at',
      't.available_at',
      't.idempotency_key',
    ])
    .where('t.workspace_id', '=', workspaceId);
  if (filter.creatorId !== undefined) q = q.where('t.creator_id', '=', filter.creatorId);
  if (filter.campaignId !== undefined) q = q.where('t.campaign_id', '=', filter.campaignId);
  const rows = await q.orderBy('t.id').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    creatorId: Number(r.creator_id),
    campaignId: r.campaign_id === null ? null : Number(r.campaign_id),
    enrollmentId: r.enrollment_id === null ? null : Number(r.enrollment_id),
    orderId: r.order_id === null ? null : Number(r.order_id),
    payoutLineId: r.payout_line_id === null ? null : Number(r.payout_line_id),
    currency: r.currency,
    amountMinor: Number(r.amount_minor),
    reason: r.reason,
    occurredAt: r.occurred_at,
    availableAt: r.available_at,
    key: r.idempotency_key,
  }));
}
