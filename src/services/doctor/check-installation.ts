// `microreach doctor`: the invariants a crash, a kill -9 or a full disk can break, each checked with
// one query and, where a safe repair exists, repaired on request. Repairs are the same code paths the
// product runs (metrics refresh, revision publish), so a repaired installation is one that never broke.
import { publishDataRevision, readDataRevision } from '../../storage/discovery/data-revision.ts';
import type { DB } from '../../storage/connect.ts';
import { markInterruptedRuns } from '../../storage/imports/mark-interrupted-runs.ts';
import { runnerIsGone } from '../../storage/imports/import-runners.ts';
import { refreshTierBenchmarks } from '../../storage/vetting/tier-benchmarks.ts';
import { refreshAccountMetrics } from '../vetting/refresh-account-metrics.ts';

export interface CheckResult {
  name: string;
  ok: boolean;
  /** How many things are wrong (0 when ok). */
  count: number;
  detail: string;
  /** What --repair did; undefined when nothing was (or could be) repaired. */
  repaired?: string;
}

interface Check {
  name: string;
  find: (db: DB) => Promise<{ count: number; detail: string }>;
  repair?: (db: DB) => Promise<string>;
}

const count = (rows: { n: unknown }[]) => Number(rows[0]?.n ?? 0);

async function accountsWithoutDerivedRows(db: DB): Promise<number[]> {
  const rows = await db.selectFrom('accounts').leftJoin('account_metrics', 'account_metrics.account_id', 'accounts.id')
    .select('accounts.id').where('account_metrics.account_id', 'is', null).execute();
  return rows.map((r) => Number(r.id));
}

const CHECKS: Check[] = [
  {
    name: 'accounts_without_derived_rows',
    find: async (db) => {
      const ids = await accountsWithoutDerivedRows(db);
      return { count: ids.length, detail: ids.length ? `${ids.length} accounts have no vetting metrics, so discovery cannot find them` : 'every account has its derived rows' };
    },
    repair: async (db) => `derived ${await refreshAccountMetrics(db, await accountsWithoutDerivedRows(db))} accounts`,
  },
  {
    name: 'stale_running_imports',
    find: async (db) => {
      const rows = await db.selectFrom('imports').leftJoin('import_runners', 'import_runners.import_id', 'imports.id')
        .select(['imports.id', 'import_runners.runner', 'import_runners.heartbeat_at']).where('imports.status', '=', 'running').execute();
      const dead = rows.filter((r) => runnerIsGone(r.runner, r.heartbeat_at, Date.now())).map((r) => r.id);
      return { count: dead.length, detail: dead.length ? `import runs ${dead.join(', ')} say "running" but their process is gone` : 'no import run is stuck in "running"' };
    },
    repair: async (db) => `marked ${(await markInterruptedRuns(db)).length} runs interrupted`,
  },
  {
    name: 'unpublished_data_revision',
    find: async (db) => {
      const published = await readDataRevision(db);
      const newest = Number((await db.selectFrom('account_metrics').select((eb) => eb.fn.max('revision').as('r')).executeTakeFirst())?.r ?? 0);
      return newest > published
        ? { count: 1, detail: `derived rows of revision ${newest} were written but revision ${published} is published: a running server does not see them` }
        : { count: 0, detail: `revision ${published} is published` };
    },
    repair: async (db) => {
      const newest = Number((await db.selectFrom('account_metrics').select((eb) => eb.fn.max('revision').as('r')).executeTakeFirst())?.r ?? 0);
      await publishDataRevision(db, newest);
      return `published revision ${newest}`;
    },
  },
  {
    name: 'missing_tier_benchmarks',
    find: async (db) => {
      const metrics = count(await db.selectFrom('account_metrics').select((eb) => eb.fn.countAll().as('n')).execute());
      const benchmarks = count(await db.selectFrom('tier_benchmarks').select((eb) => eb.fn.countAll().as('n')).execute());
      return metrics > 0 && benchmarks === 0
        ? { count: 1, detail: 'accounts have metrics but no tier benchmarks exist: percentiles are unknown' }
        : { count: 0, detail: 'tier benchmarks exist' };
    },
    repair: async (db) => `recomputed ${await refreshTierBenchmarks(db)} benchmarks`,
  },
  {
    name: 'interrupted_imports',
    find: async (db) => {
      const rows = await db.selectFrom('imports').select(['id', 'file_name']).where('status', 'in', ['interrupted', 'failed']).execute();
      const finished = await db.selectFrom('imports').select(['id', 'file_name']).where('status', 'in', ['succeeded', 'partial']).execute();
      const lastFinished = new Map<string, number>();
      for (const r of finished) lastFinished.set(r.file_name, Math.max(lastFinished.get(r.file_name) ?? 0, Number(r.id)));
      const open = rows.filter((r) => (lastFinished.get(r.file_name) ?? 0) < Number(r.id));
      return { count: open.length, detail: open.length ? `stopped runs never re-run: ${open.map((r) => `#${r.id} ${r.file_name}`).slice(0, 10).join(', ')} (re-run the import of the file; it finishes what the stopped run left)` : 'every stopped import was re-run' };
    },
  },
  {
    name: 'failed_webhook_deliveries',
    find: async (db) => {
      const rows = await db.selectFrom('webhook_deliveries').select('id').where('outcome', '=', 'failed').limit(1000).execute();
      return { count: rows.length, detail: rows.length ? `${rows.length} stored deliveries failed to process: replay them with \`microreach webhooks replay ID\` (ids ${rows.slice(0, 10).map((r) => r.id).join(', ')}…)` : 'no failed delivery is waiting' };
    },
  },
];

export async function checkInstallation(db: DB, options: { repair?: boolean } = {}): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of CHECKS) {
    let found = await check.find(db);
    let repaired: string | undefined;
    if (found.count > 0 && options.repair && check.repair) {
      repaired = await check.repair(db);
      found = await check.find(db);
    }
    results.push({ name: check.name, ok: found.count === 0, count: found.count, detail: found.detail, ...(repaired ? { repaired } : {}) });
  }
  return results;
}
