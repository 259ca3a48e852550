// Imports a follower / commenter profile list (CSV or JSON): parse (pure core), store, then re-derive
// the metrics of every account those people commented on, so discovery and the vetting report's
// "suspicious known followers / commenters" signal see them at once. Idempotent.
import { AppError } from '../../core/app-error.ts';
import { PLATFORMS, type Platform } from '../../core/creators/creator-record.ts';
import { parseProfileList } from '../../core/imports/profile-list/parse-profile-list.ts';
import type { Rejection } from '../../core/imports/rejection.ts';
import { decodeText } from '../../core/text/decode-text.ts';
import type { DB } from '../../storage/connect.ts';
import { findCommentedAccounts } from '../../storage/known-profiles/find-commented-accounts.ts';
import { saveKnownProfiles } from '../../storage/known-profiles/save-known-profiles.ts';
import { refreshAccountMetrics } from '../vetting/refresh-account-metrics.ts';

export interface ImportKnownProfilesInput {
  fileName: string;
  content: string | Uint8Array;
  platform?: Platform;
  /** Where the numbers came from (a tool's name); defaults to the file name. */
  source?: string;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

export interface KnownProfilesImportSummary {
  kind: 'profile_list';
  file: string;
  platform: Platform;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: Rejection[];
  warnings: string[];
  /** Accounts whose metrics were re-derived because these people commented on them. */
  accounts_rescored: number;
}

export async function importKnownProfiles(
  db: DB,
  input: ImportKnownProfilesInput,
): Promise<KnownProfilesImportSummary> {
  const platform = input.platform ?? 'instagram';
  if (!PLATFORMS.includes(platform))
    throw new AppError('bad_request', `unknown platform "${platform}" (use ${PLATFORMS.join(', ')})`);
  const decoded = decodeText(input.content);
  const parsed = parseProfileList(decoded.text, { fileName: input.fileName, platform });
  if (decoded.warning) parsed.warnings.unshift(decoded.warning);
  if (platform !== 'instagram') {
    parsed.warnings.push(
      `stored, but only Instagram profiles are judged by the account classifier (it was fitted on Instagram accounts)`,
    );
  }
  const saved = await saveKnownProfiles(
    db,
    platform,
    parsed.records.map((r) => r.value),
    {
      source: input.source ?? input.fileName,
      fetchedAt: (input.now?.() ?? new Date()).toISOString(),
      onProgress: input.onProgress,
    },
  );
  const affected =
    saved.changedHandles.length === 0 ? [] : await findCommentedAccounts(db, platform, saved.changedHandles);
  const rescored = await refreshAccountMetrics(db, affected, { now: input.now?.() });
  return {
    kind: 'profile_list',
    file: input.fileName,
    platform,
    imported: saved.imported,
    updated: saved.updated,
    unchanged: saved.unchanged,
    rejected: parsed.rejections.length,
    rejections: parsed.rejections,
    warnings: parsed.warnings,
    accounts_rescored: rescored,
  };
}
