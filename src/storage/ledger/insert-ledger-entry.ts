// The one writer of the ledger: a transaction row and its postings (core/ledger/ledger-entry.ts), or
// nothing when the workspace already has a transaction with that idempotency key (a replay).
import { type LedgerEntry, postingsFor } from '../../core/ledger/ledger-entry.ts';
import type { DB } from '../connect.ts';

export async function insertLedgerEntry(
  db: DB,
  workspaceId: number,
  entry: LedgerEntry,
  meta: { now: string; createdBy: number | null },
): Promise<{ id: number } | null> {
  const postings = postingsFor(entry);
  const row = await db
    .insertInto('ledger_transactions')
    .values({
      workspace_id: workspaceId,
      idempotency_key: entry.key,
      kind: entry.kind,
      creator_id: entry.creatorId,
      campaign_id: entry.campaignId,
      enrollment_id: entry.enrollmentId,
      order_id: entry.orderId,
      payout_line_id: entry.payoutLineId,
      currency: entry.currency,
      reason: entry.reason,
      occurred_at: entry.occurredAt,
      available_at: entry.availableAt,
      created_by: meta.createdBy,
      created_at: meta.now,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return null;
  const id = Number(row.id);
  await db
    .insertInto('ledger_postings')
    .values(
      postings.map((p) => ({
        workspace_id: workspaceId,
        transaction_id: id,
        account: p.account,
        currency: entry.currency,
        amount_minor: p.amountMinor,
      })),
    )
    .execute();
  return { id };
}
