// The one writer of the ledger: a transaction row and its postings (core/ledger/ledger-entry.ts), or
// nothing when the workspace already has a transaction with that idempotency key (a replay).
import type { Insertable } from 'kysely';
import { type LedgerEntry, type Posting, postingsFor } from '../../core/ledger/ledger-entry.ts';
import type { DB } from '../connect.ts';
import { precompiled } from '../precompiled-query.ts';
import type { LedgerTransactionsTable } from '../schema.ts';

export async function insertLedgerEntry(
  db: DB,
  workspaceId: number,
  entry: LedgerEntry,
  meta: { now: string; createdBy: number | null },
): Promise<{ id: number } | null> {
  const postings = postingsFor(entry);
  const row = (
    await insertTransaction(db, {
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
  ).rows[0];
  if (!row) return null;
  const id = Number(row.id);
  const [debit, credit] = postings as [Posting, Posting];
  await insertPostingPair(db, {
    ws: workspaceId,
    id,
    currency: entry.currency,
    account1: debit.account,
    amount1: debit.amountMinor,
    account2: credit.account,
    amount2: credit.amountMinor,
  });
  return { id };
}

// Both compiled once: every commission entry runs them.
const insertTransaction = precompiled(
  (db: DB, row: Insertable<LedgerTransactionsTable>) =>
    db
      .insertInto('ledger_transactions')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'idempotency_key']).doNothing())
      .returning('id'),
  { prepare: true },
);

/** postingsFor gives every entry exactly two postings (one debit, one credit). */
const insertPostingPair = precompiled(
  (
    db: DB,
    a: {
      ws: number;
      id: number;
      currency: string;
      account1: string;
      amount1: number;
      account2: string;
      amount2: number;
    },
  ) =>
    db.insertInto('ledger_postings').values([
      { workspace_id: a.ws, transaction_id: a.id, account: a.account1, currency: a.currency, amount_minor: a.amount1 },
      { workspace_id: a.ws, transaction_id: a.id, account: a.account2, currency: a.currency, amount_minor: a.amount2 },
    ]),
  { prepare: true },
);
