import { notFound } from '../../core/app-error.ts';
import type { Platform } from '../../core/creators/creator-record.ts';
import type { VettingReport } from '../../core/vetting/build-vetting-report.ts';
import { vettingSeries, type VettingSeries } from '../../core/vetting/vetting-series.ts';
import type { DB } from '../../storage/connect.ts';
import { priceAccount, type AccountPrice } from '../pricing/price-account.ts';
import { accountVisibleTo } from '../../storage/workspaces/file-reference.ts';
import { loadWorkspaceLayer } from '../../storage/workspaces/load-workspace-layer.ts';
import { vetAccount } from './vet-account.ts';

/** Domain data of one creator's vetting; presenters turn it into the API / `vet --json` document or text. */
export interface CreatorVetting {
  creatorId: number;
  accountId: number;
  report: VettingReport;
  /** The points of the report's charts (follower history, engagement per post). */
  series: VettingSeries;
  otherAccounts: { accountId: number; platform: Platform; handle: string }[];
  /** Fair prices of the vetted account in the workspace's currency. */
  price: AccountPrice;
  /** The reading workspace's own file number for the account (its layer), shown beside the shared one. */
  yourImport: { followers: number | null; observedAt: string; source: string } | null;
}

export interface VetCreatorOptions {
  /** The reading workspace: it sees shared accounts and those its own files named; prices in its currency. */
  workspace: { id: number; currency: string };
  /** Which account to vet; default the one with the most followers. */
  platform?: Platform;
  now?: Date;
}

/**
 * Vetting of a creator: the report of one account and the creator's other accounts, which have their
 * own reports. The API and the CLI both call this, so they answer with the same numbers.
 */
export async function vetCreator(db: DB, creatorId: number, options: VetCreatorOptions): Promise<CreatorVetting> {
  const now = options.now ?? new Date();
  const accounts = await db
    .selectFrom('accounts')
    .select(['id', 'platform', 'handle', 'followers'])
    .where('creator_id', '=', creatorId)
    .where(accountVisibleTo('accounts', options.workspace.id))
    .orderBy('followers', 'desc')
    .orderBy('id')
    .execute();
  if (accounts.length === 0) throw notFound(`Creator ${creatorId}`);
  const chosen = options.platform ? accounts.find((a) => a.platform === options.platform) : accounts[0];
  if (!chosen) throw notFound(`A ${options.platform} account of creator ${creatorId}`);
  const vetted = await vetAccount(db, chosen.id, now);
  if (!vetted) throw notFound(`Account ${chosen.id}`);
  // The vetting numbers come from the shared layer only; the workspace's own file number is shown beside them.
  const own = (
    await loadWorkspaceLayer(db, options.workspace.id, { creatorIds: [], accountIds: [chosen.id] })
  ).accounts.get(chosen.id);
  return {
    creatorId,
    accountId: chosen.id,
    report: vetted.report,
    series: vettingSeries(vetted.loaded.facts, now),
    otherAccounts: accounts
      .filter((a) => a.id !== chosen.id)
      .map((a) => ({ accountId: a.id, platform: a.platform, handle: a.handle })),
    price: await priceAccount(db, chosen.id, options.workspace),
    yourImport: own ? { followers: own.followers, observedAt: own.observed_at, source: own.source } : null,
  };
}
