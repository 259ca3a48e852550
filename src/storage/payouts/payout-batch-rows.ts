// Payout batches and their lines, always within one workspace.
import type { PayoutBatchStatus, PayoutLineStatus } from '../../core/payouts/payout-status.ts';
import type { ProposedLine } from '../../core/payouts/propose-payout-lines.ts';
import type { DB } from '../connect.ts';

export interface PayoutLineRow {
  id: number;
  batchId: number;
  creatorId: number;
  creatorName: string | null;
  currency: string;
  amountMinor: number;
  status: PayoutLineStatus;
  excludedReason: string | null;
  failureReason: string | null;
  provider: string | null;
  providerRef: string | null;
}

export interface PayoutBatchRow {
  id: number;
  status: PayoutBatchStatus;
  asOf: string;
  minimumMinor: number;
  createdAt: string;
  paidAt: string | null;
  paidVia: string | null;
  lines: PayoutLineRow[];
}

export async function insertPayoutBatch(
  db: DB,
  workspaceId: number,
  batch: { asOf: string; minimumMinor: number; createdBy: number | null; now: string },
  lines: readonly ProposedLine[],
): Promise<number> {
  const row = await db
    .insertInto('payout_batches')
    .values({
      workspace_id: workspaceId,
      status: 'draft',
      as_of: batch.asOf,
      minimum_minor: batch.minimumMinor,
      created_by: batch.createdBy,
      created_at: batch.now,
      paid_at: null,
      paid_via: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const batchId = Number(row.id);
  if (lines.length)
    await db
      .insertInto('payout_lines')
      .values(
        lines.map((l) => ({
          workspace_id: workspaceId,
          batch_id: batchId,
          creator_id: l.creatorId,
          currency: l.currency,
          amount_minor: l.amountMinor,
          status: 'proposed' as const,
          excluded_reason: null,
          failure_reason: null,
          provider: null,
          provider_ref: null,
          created_at: batch.now,
          updated_at: batch.now,
        })),
      )
      .execute();
  return batchId;
}

export async function loadPayoutBatch(
  db: DB,
  workspaceId: number,
  batchId: number,
): Promise<PayoutBatchRow | undefined> {
  const batch = await db
    .selectFrom('payout_batches')
    .selectAll()
    .where('id', '=', batchId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!batch) return undefined;
  const lines = await db
    .selectFrom('payout_lines as l')
    .innerJoin('creators as c', 'c.id', 'l.creator_id')
    .select([
      'l.id',
      'l.batch_id',
      'l.creator_id',
      'c.display_name',
      'l.currency',
      'l.amount_minor',
      'l.status',
      'l.excluded_reason',
      'l.failure_reason',
      'l.provider',
      'l.provider_ref',
    ])
    .where('l.batch_id', '=', batchId)
    .where('l.workspace_id', '=', workspaceId)
    .orderBy('l.id')
    .execute();
  return {
    id: Number(batch.id),
    status: batch.status,
    asOf: batch.as_of,
    minimumMinor: Number(batch.minimum_minor),
    createdAt: batch.created_at,
    paidAt: batch.paid_at,
    paidVia: batch.paid_via,
    lines: lines.map((l) => ({
      id: Number(l.id),
      batchId: Number(l.batch_id),
      creatorId: Number(l.creator_id),
      creatorName: l.display_name,
      currency: l.currency,
      amountMinor: Number(l.amount_minor),
      status: l.status,
      excludedReason: l.excluded_reason,
      failureReason: l.failure_reason,
      provider: l.provider,
      providerRef: l.provider_ref,
    })),
  };
}

export async function listPayoutBatchIds(db: DB, workspaceId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('payout_batches')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => Number(r.id));
}

/** Amounts held by lines not settled yet (proposed in a draft, or sent to a provider), per creator and currency. */
export async function reservedPayoutAmounts(db: DB, workspaceId: number) {
  const rows = await db
    .selectFrom('payout_lines as l')
    .innerJoin('payout_batches as b', 'b.id', 'l.batch_id')
    .select(['l.creator_id', 'l.currency', 'l.amount_minor'])
    .where('l.workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([
        eb.and([eb('l.status', '=', 'proposed'), eb('b.status', '=', 'draft')]),
        eb('l.status', '=', 'processing'),
      ]),
    )
    .execute();
  return rows.map((r) => ({
    creatorId: Number(r.creator_id),
    currency: r.currency,
    payableMinor: Number(r.amount_minor),
  }));
}

export async function updatePayoutLine(
  db: DB,
  workspaceId: number,
  lineId: number,
  set: Partial<{
    status: PayoutLineStatus;
    excluded_reason: string | null;
    failure_reason: string | null;
    provider: string | null;
    provider_ref: string | null;
  }>,
  now: string,
): Promise<void> {
  await db
    .updateTable('payout_lines')
    .set({ ...set, updated_at: now })
    .where('id', '=', lineId)
    .where('workspace_id', '=', workspaceId)
    .execute();
}

/** The batch a line belongs to, within the workspace. */
export async function findPayoutLineBatch(db: DB, workspaceId: number, lineId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('payout_lines')
    .select('batch_id')
    .where('id', '=', lineId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row && Number(row.batch_id);
}

/** The workspace a batch belongs to (the CLI acts for the installation and names batches by id alone). */
export async function findPayoutBatchWorkspace(db: DB, batchId: number): Promise<number | undefined> {
  const row = await db.selectFrom('payout_batches').select('workspace_id').where('id', '=', batchId).executeTakeFirst();
  return row && Number(row.workspace_id);
}

/** The line a provider's webhook speaks of: by our line id (metadata / sender_item_id), checked against the provider. */
export async function findProviderLine(db: DB, provider: string, lineId: number) {
  const row = await db
    .selectFrom('payout_lines')
    .select(['id', 'workspace_id', 'batch_id', 'status', 'provider', 'provider_ref'])
    .where('id', '=', lineId)
    .where('provider', '=', provider)
    .executeTakeFirst();
  return (
    row && {
      lineId: Number(row.id),
      workspaceId: Number(row.workspace_id),
      batchId: Number(row.batch_id),
      status: row.status,
      providerRef: row.provider_ref,
    }
  );
}

export async function setPayoutBatchSent(db: DB, workspaceId: number, batchId: number, via: string, now: string) {
  await db
    .updateTable('payout_batches')
    .set({ status: 'paid', paid_at: now, paid_via: via })
    .where('id', '=', batchId)
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'draft')
    .execute();
}
