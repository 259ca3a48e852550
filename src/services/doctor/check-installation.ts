// `microreach doctor`: the invariants a crash, a kill -9 or a full disk can break, each checked with
// one query and, where a safe repair exists, repaired on request. Repairs are the same code paths the
// product runs (metrics refresh, revision publish), so a repaired installation is one that never broke.
import type { DB } from '../../storage/connect.ts';
import { publishDataRevision, readDataRevision } from '../../storage/discovery/data-revision.ts';
import { publishableRevision } from '../../storage/discovery/publishable-revision.ts';
import { runnerIsGone } from '../../storage/imports/import-runners.ts';
import { markInterruptedRuns } from '../../storage/imports/mark-interrupted-runs.ts';
import { refreshTierBenchmarks } from '../../storage/vetting/tier-benchmarks.ts';
import { FILE_REFERENCE_SOURCE } from '../../storage/workspaces/file-reference.ts';
import { refreshAccountMetrics } from '../vetting/refresh-account-metrics.ts';
import { unreadableStoreSecrets } from './unreadable-store-secrets.ts';

export interface CheckResult {
  name: string;
  ok: boolean;
  /** How many things are wrong (0 when ok). */
  count: number;
  detail: string;
  /** What --repair did; absent when nothing was (or could be) repaired. */
  repaired?: string;
}

interface Finding {
  count: number;
  detail: string;
}

interface Check {
  name: string;
  find: (db: DB, secretKey: () => Buffer) => Promise<Finding>;
  repair?: (db: DB) => Promise<string>;
  /** Run only when the installation's key is given (checkInstallation's secretKey). */
  needsKey?: boolean;
}

const fine = (detail: string): Finding => ({ count: 0, detail });

const noKey = (): Buffer => {
  throw new Error('this check needs the secret key');
};

async function rowCount(db: DB, table: 'account_metrics' | 'tier_benchmarks'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Shared accounts that should have derived rows and have none. An account only a workspace's file
 * names (a bare file-reference row) never gets derived rows by design: its numbers live in that
 * workspace's layer and it never enters discovery, so it is not missing anything.
 */
export async function accountsWithoutDerivedRows(db: DB): Promise<number[]> {
  const rows = await db
    .selectFrom('accounts')
    .leftJoin('account_metrics', 'account_metrics.account_id', 'accounts.id')
    .select('accounts.id')
    .where('account_metrics.account_id', 'is', null)
    .where('accounts.source', '<>', FILE_REFERENCE_SOURCE)
    .execute();
  return rows.map((r) => Number(r.id));
}

async function deadRunningImports(db: DB): Promise<number[]> {
  const rows = await db
    .selectFrom('imports')
    .leftJoin('import_runners', 'import_runners.import_id', 'imports.id')
    .select(['imports.id', 'import_runners.runner', 'import_runners.heartbeat_at'])
    .where('imports.status', '=', 'running')
    .execute();
  return rows.filter((r) => runnerIsGone(r.runner, r.heartbeat_at, Date.now())).map((r) => Number(r.id));
}

async function newestDerivedRevision(db: DB): Promise<number> {
  const row = await db
    .selectFrom('account_metrics')
    .select((eb) => eb.fn.max('revision').as('r'))
    .executeTakeFirst();
  return Number(row?.r ?? 0);
}

/** Interrupted or failed runs with no later finished run of the same file. */
async function stoppedImportsNeverRerun(db: DB): Promise<{ id: number; file_name: string }[]> {
  const stopped = await db
    .selectFrom('imports')
    .select(['id', 'file_name'])
    .where('status', 'in', ['interrupted', 'failed'])
    .execute();
  const finished = await db
    .selectFrom('imports')
    .select(['id', 'file_name'])
    .where('status', 'in', ['succeeded', 'partial'])
    .execute();
  const lastFinished = new Map<string, number>();
  for (const r of finished) lastFinished.set(r.file_name, Math.max(lastFinished.get(r.file_name) ?? 0, Number(r.id)));
  return stopped.map((r) => ({ ...r, id: Number(r.id) })).filter((r) => (lastFinished.get(r.file_name) ?? 0) < r.id);
}

const CHECKS: Check[] = [
  {
    name: 'accounts_without_derived_rows',
    find: async (db) => {
      const n = (await accountsWithoutDerivedRows(db)).length;
      if (n === 0) return fine('every account has its derived rows');
      return { count: n, detail: `${n} accounts have no vetting metrics, so discovery cannot find them` };
    },
    repair: async (db) => `derived ${await refreshAccountMetrics(db, await accountsWithoutDerivedRows(db))} accounts`,
  },
  {
    name: 'stale_running_imports',
    find: async (db) => {
      const dead = await deadRunningImports(db);
      if (dead.length === 0) return fine('no import run is stuck in "running"');
      return { count: dead.length, detail: `import runs ${dead.join(', ')} say "running" but their process is gone` };
    },
    repair: async (db) => `marked ${(await markInterruptedRuns(db)).length} runs interrupted`,
  },
  {
    name: 'unpublished_data_revision',
    find: async (db) => {
      const [published, newest] = [await readDataRevision(db), await newestDerivedRevision(db)];
      if (newest <= published) return fine(`revision ${published} is published`);
      // A refresh still writing holds its revision and those above it back: that is the publish rule at work.
      if ((await publishableRevision(db, newest, Date.now())) <= published)
        return fine(`revision ${published} is published; a refresh still writing holds ${newest} back`);
      const detail = `rows of revision ${newest} exist but ${published} is published: a running server misses them`;
      return { count: 1, detail };
    },
    repair: async (db) => {
      await publishDataRevision(db, await newestDerivedRevision(db));
      return `published revision ${await readDataRevision(db)}`;
    },
  },
  {
    name: 'missing_tier_benchmarks',
    find: async (db) => {
      const [metrics, benchmarks] = [await rowCount(db, 'account_metrics'), await rowCount(db, 'tier_benchmarks')];
      if (metrics === 0 || benchmarks > 0) return fine('tier benchmarks exist');
      return { count: 1, detail: 'accounts have metrics but no tier benchmarks exist: percentiles are unknown' };
    },
    repair: async (db) => `recomputed ${await refreshTierBenchmarks(db)} benchmarks`,
  },
  {
    // Not repaired here: re-running the import of the file finishes what the stopped run left.
    name: 'interrupted_imports',
    find: async (db) => {
      const open = await stoppedImportsNeverRerun(db);
      if (open.length === 0) return fine('every stopped import was re-run');
      const runs = open
        .slice(0, 10)
        .map((r) => `#${r.id} ${r.file_name}`)
        .join(', ');
      return { count: open.length, detail: `stopped runs never re-run: ${runs} (re-run the import of each file)` };
    },
  },
  {
    // Not repaired here: `microreach webhooks replay ID` re-processes one after its cause is fixed.
    name: 'failed_webhook_deliveries',
    find: async (db) => {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('outcome', '=', 'failed')
        .limit(1000)
        .execute();
      if (rows.length === 0) return fine('no failed delivery is waiting');
      const ids = rows
        .slice(0, 10)
        .map((r) => r.id)
        .join(', ');
      const how = `\`microreach webhooks replay ID\`, ids ${ids}…`;
      return { count: rows.length, detail: `${rows.length} stored deliveries failed: replay them (${how})` };
    },
  },
  {
    // Not repaired here: only the store's own secret, given again to `microreach store connect`, can be sealed anew.
    name: 'store_secrets_sealed_elsewhere',
    needsKey: true,
    find: async (db, secretKey) => {
      const problems = await unreadableStoreSecrets(db, secretKey());
      if (problems.length === 0) return fine("every store secret opens with this installation's key");
      return { count: problems.length, detail: problems.join('\n     ') };
    },
  },
];

/** `secretKey`: the installation's key (loaded on first use); without it the checks that need it are left out. */
export async function checkInstallation(
  db: DB,
  options: { repair?: boolean; secretKey?: () => Buffer } = {},
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const { secretKey } = options;
  for (const check of CHECKS) {
    if (check.needsKey && !secretKey) continue;
    const key = secretKey ?? noKey;
    let found = await check.find(db, key);
    let repaired: string | undefined;
    if (found.count > 0 && options.repair && check.repair) {
      repaired = await check.repair(db);
      found = await check.find(db, key);
    }
    results.push({ name: check.name, ok: found.count === 0, ...found, ...(repaired ? { repaired } : {}) });
  }
  return results;
}
