// Stores parsed creator records for a workspace, in transactions of a bounded size: a crash
// mid-file leaves every creator either fully written or untouched, and re-running the same
// import changes nothing. The run itself is logged in `imports` with its counts and rejections.
import type { CreatorRecord } from '../../core/creators/creator-record.ts';
import type { Parsed, Rejection } from '../../core/imports/rejection.ts';
import type { DB } from '../../storage/connect.ts';
import { saveCreatorRecord } from '../../storage/creators/save-creator-record.ts';
import { creatorsNeedingDerivation } from '../../storage/imports/creators-needing-derivation.ts';
import { beatRunner, markDerived, registerRunner } from '../../storage/imports/import-runners.ts';
import { markInterruptedRuns } from '../../storage/imports/mark-interrupted-runs.ts';
import { saveWorkspaceRecord } from '../../storage/workspaces/save-workspace-record.ts';
import { collectCreatorsPosts } from '../content/collect-creators-posts.ts';
import { refreshCreatorMetrics } from '../vetting/refresh-creator-metrics.ts';

export interface ImportSummary {
  importId: number;
  kind: string;
  file: string;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: Rejection[];
  warnings: string[];
  creatorIds: number[];
  /** Posts of these creators that are content of a campaign they are enrolled in (shared-layer imports only). */
  campaignPosts: { found: number; added: number };
}

export interface RunImportOptions {
  workspaceId: number;
  kind: string;
  fileName: string;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * Which layer the records belong to (PRODUCT.md "Creator data layers"): "shared" for official
   * APIs, consented connections and the demo; "workspace" for what a workspace brings in files.
   */
  layer: 'shared' | 'workspace';
  /** Test hook: called before each record is written, inside its transaction. */
  beforeRecord?: (label: string) => void;
}

export async function runImport(
  db: DB,
  parsed: Parsed<CreatorRecord>,
  options: RunImportOptions,
): Promise<ImportSummary> {
  // Runs left "running" by a killed process say so before this one starts.
  await markInterruptedRuns(db);
  const startedAt = new Date().toISOString();
  const importId = await db.transaction().execute(async (trx) => {
    const run = await trx
      .insertInto('imports')
      .values({
        workspace_id: options.workspaceId,
        kind: options.kind,
        file_name: options.fileName,
        started_at: startedAt,
        status: 'running',
        errors: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await registerRunner(trx, Number(run.id), startedAt);
    return Number(run.id);
  });
  const counts = { imported: 0, updated: 0, unchanged: 0 };
  const creatorIds: number[] = [];
  const changedIds: number[] = [];
  const batchSize = options.batchSize ?? 200;
  const total = parsed.records.length;
  const finish = (status: 'succeeded' | 'partial' | 'failed', extra: Rejection[] = []) =>
    db
      .updateTable('imports')
      .set({
        status,
        finished_at: new Date().toISOString(),
        ...counts,
        rejected: parsed.rejections.length + extra.length,
        errors: JSON.stringify([...parsed.rejections, ...extra]),
      })
      .where('id', '=', importId)
      .execute();

  let label = '';
  try {
    for (let start = 0; start < total; start += batchSize) {
      const batch = parsed.records.slice(start, start + batchSize);
      const batchCounts = { imported: 0, updated: 0, unchanged: 0 };
      const batchIds: number[] = [];
      const batchChanged: number[] = [];
      await db.transaction().execute(async (trx) => {
        const now = new Date().toISOString();
        for (const item of batch) {
          label = item.label;
          options.beforeRecord?.(item.label);
          const save = options.layer === 'shared' ? saveCreatorRecord : saveWorkspaceRecord;
          const { creatorId, outcome } = await save(trx, item.value, {
            workspaceId: options.workspaceId,
            via: `import:${options.kind}`,
            now,
          });
          batchCounts[outcome] += 1;
          batchIds.push(creatorId);
          if (outcome !== 'unchanged') batchChanged.push(creatorId);
        }
        await beatRunner(trx, importId, now);
      });
      counts.imported += batchCounts.imported;
      counts.updated += batchCounts.updated;
      counts.unchanged += batchCounts.unchanged;
      creatorIds.push(...batchIds);
      changedIds.push(...batchChanged);
      options.onProgress?.(Math.min(start + batchSize, total), total);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await finish('failed', [{ record: label, field: '(write)', reason }]);
    throw new ImportFailedError(`Import stopped at ${label}: ${reason}`, importId, error);
  }
  await finish(parsed.rejections.length > 0 ? 'partial' : 'succeeded');
  // Derived vetting numbers follow the shared data they come from (discovery and percentiles read them):
  // the changed creators, and those an earlier killed or failed run of this file left underived. A
  // workspace's own file changes no shared number, so there is nothing to refresh for it.
  let campaignPosts = { found: 0, added: 0 };
  if (options.layer === 'shared') {
    const fileCreators = [...new Set(creatorIds)];
    const thisRun = { importId, workspaceId: options.workspaceId, fileName: options.fileName };
    const underived = await creatorsNeedingDerivation(db, thisRun, fileCreators);
    await refreshCreatorMetrics(db, [...new Set([...changedIds, ...underived])]);
    // Before the run is marked derived: a crash here leaves it underived, and the rerun collects again.
    campaignPosts = await collectCreatorsPosts(db, fileCreators);
  }
  await markDerived(db, importId, new Date().toISOString());
  return {
    importId,
    kind: options.kind,
    file: options.fileName,
    ...counts,
    rejected: parsed.rejections.length,
    rejections: parsed.rejections,
    warnings: parsed.warnings,
    creatorIds: [...new Set(creatorIds)],
    campaignPosts,
  };
}

export class ImportFailedError extends Error {
  constructor(
    message: string,
    readonly importId: number,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}
