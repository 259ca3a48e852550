// Payout details and tax form fields of a creator, sealed with the installation key (core/crypto/secret-box.ts)
// under a label bound to the workspace and creator, so a sealed value cannot be moved to another row.
import { notFound } from '../../core/app-error.ts';
import { open, seal } from '../../core/crypto/secret-box.ts';
import { type PayoutDetails, payoutDetailsSchema } from '../../core/payouts/payout-details.ts';
import type { DB } from '../../storage/connect.ts';
import { findLedgerCreator } from '../../storage/ledger/find-ledger-creator.ts';
import { loadSealedPayoutDetails, upsertSealedPayoutDetails } from '../../storage/payouts/payout-details-rows.ts';

const label = (workspaceId: number, creatorId: number) => `payout-details:${workspaceId}:${creatorId}`;

export async function savePayoutDetails(
  db: DB,
  key: Buffer,
  who: { workspaceId: number; userId: number | null },
  creatorId: number,
  details: PayoutDetails,
  now: string,
): Promise<void> {
  if (!(await findLedgerCreator(db, who.workspaceId, creatorId))) throw notFound(`Creator ${creatorId}`);
  await upsertSealedPayoutDetails(db, {
    workspaceId: who.workspaceId,
    creatorId,
    method: details.method,
    sealed: seal(key, JSON.stringify(details), label(who.workspaceId, creatorId)),
    updatedBy: who.userId,
    now,
  });
}

/** creator id → details (absent when none were given). */
export async function loadPayoutDetails(
  db: DB,
  key: Buffer,
  workspaceId: number,
  creatorIds: readonly number[],
): Promise<Map<number, { details: PayoutDetails; updatedAt: string }>> {
  const rows = await loadSealedPayoutDetails(db, workspaceId, creatorIds);
  return new Map(
    rows.map((r) => [
      r.creatorId,
      {
        details: payoutDetailsSchema.parse(JSON.parse(open(key, r.sealed, label(workspaceId, r.creatorId)))),
        updatedAt: r.updatedAt,
      },
    ]),
  );
}
