// A creator's statement in a workspace (optionally one campaign), as of an instant (default now). The
// portal shows it to the creator; the app shows it to the brand.
import { notFound } from '../../core/app-error.ts';
import { buildStatement, type Statement } from '../../core/ledger/statement.ts';
import type { DB } from '../../storage/connect.ts';
import { findLedgerCreator } from '../../storage/ledger/find-ledger-creator.ts';
import { listLedgerEntries } from '../../storage/ledger/list-ledger-entries.ts';

export interface CreatorStatement extends Statement {
  creator: { id: number; name: string | null };
  campaignId: number | null;
}

export async function creatorStatement(
  db: DB,
  workspaceId: number,
  creatorId: number,
  options: { campaignId?: number; asOf?: string } = {},
): Promise<CreatorStatement> {
  const creator = await findLedgerCreator(db, workspaceId, creatorId);
  if (!creator) throw notFound(`Creator ${creatorId}`);
  const entries = await listLedgerEntries(db, workspaceId, { creatorId, campaignId: options.campaignId });
  const statement = buildStatement(entries, options.asOf ?? new Date().toISOString());
  return { ...statement, creator: { id: creator.id, name: creator.name }, campaignId: options.campaignId ?? null };
}
