import { notFound } from '../../core/app-error.ts';
import type { Platform } from '../../core/creators/creator-record.ts';
import type { DB } from '../../storage/connect.ts';
import { presentVettingReport, type PresentedVettingReport } from '../../presenters/present-vetting-report.ts';
import { vettingSeries, type VettingSeries } from '../../core/vetting/vetting-series.ts';
import { accountVisibleTo } from '../../storage/workspaces/file-reference.ts';
import { loadWorkspaceLayer } from '../../storage/workspaces/load-workspace-layer.ts';
import { vetAccount } from './vet-account.ts';

/**
 * Vetting of a creator: the report of one account (the one on `platform` when given, else the one with
 * the most followers) and the creator's other accounts, which have their own reports. `series` holds
 * the points of its charts (follower history, engagement per post).
 */
export interface VetCreatorOptions {
  platform?: Platform;
  /** The reading workspace: it sees shared accounts and those its own files named (0: shared only). */
  viewerId: number;
  now?: Date;
}

export async function vetCreator(db: DB, creatorId: number, options: VetCreatorOptions): Promise<PresentedVettingReport & {
  series: VettingSeries;
  other_accounts: { account_id: number; platform: Platform; handle: string }[];
  your_import: { followers: number | null; observed_at: string; source: string } | null;
}> {
  const { platform, now = new Date() } = options;
  const accounts = await db.selectFrom('accounts').select(['id', 'platform', 'handle', 'followers'])
    .where('creator_id', '=', creatorId).where(accountVisibleTo('accounts', options.viewerId))
    .orderBy('followers', 'desc').orderBy('id').execute();
  if (accounts.length === 0) throw notFound(`Creator ${creatorId}`);
  const chosen = platform ? accounts.find((a) => a.platform === platform) : accounts[0];
  if (!chosen) throw notFound(`A ${platform} account of creator ${creatorId}`);
  const vetted = await vetAccount(db, chosen.id, now);
  if (!vetted) throw notFound(`Account ${chosen.id}`);
  // The vetting numbers come from the shared layer only; the workspace's own file number is shown beside them.
  const own = (await loadWorkspaceLayer(db, options.viewerId, { creatorIds: [], accountIds: [chosen.id] })).accounts.get(chosen.id);
  return {
    ...presentVettingReport(vetted.report, { creatorId, accountId: chosen.id }),
    series: vettingSeries(vetted.loaded.facts, now),
    other_accounts: accounts.filter((a) => a.id !== chosen.id).map((a) => ({ account_id: a.id, platform: a.platform, handle: a.handle })),
    your_import: own ? { followers: own.followers, observed_at: own.observed_at, source: own.source } : null,
  };
}
