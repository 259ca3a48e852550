// `microreach demo`: fills the database with the deterministic synthetic demo world.
import { statSync } from 'node:fs';
import { AppError } from '../../core/app-error.ts';
import { MAX_DEMO_CREATORS } from '../../demo/generate-demo-world.ts';
import { seedDemo, type SeedDemoResult } from '../../services/demo/seed-demo.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { progressBar } from '../progress.ts';

const usage = 'microreach demo [--creators N] [--seed S] [--as-of YYYY-MM-DD] [--reset] [--json]';

export const demoCommand: Command = {
  path: ['demo'],
  usage,
  summary: 'Fill the database with the synthetic demo world (same seed, same data); --reset replaces an existing one',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        creators: { type: 'string' },
        seed: { type: 'string' },
        'as-of': { type: 'string' },
        reset: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      usage,
    );
    if (positionals.length > 0)
      throw new AppError('bad_request', `unexpected argument "${positionals[0]}"\nusage: ${usage}`);
    const creators = intOption('creators', values.creators, ctx.config.demo.creators, 0);
    if (creators > MAX_DEMO_CREATORS)
      throw new AppError(
        'bad_request',
        `--creators must be at most ${MAX_DEMO_CREATORS.toLocaleString('en-US')}, got "${values.creators}"`,
      );
    const seed = seedOption(values.seed, ctx.config.demo.seed);
    const asOf = values['as-of'] === undefined ? undefined : dateOption(values['as-of']);
    const json = values.json ?? false;

    const db = await ctx.db();
    const { database } = ctx.config;
    let bar = ctx.interactive && !json ? progressBar('creators') : undefined;
    let result: SeedDemoResult;
    try {
      result = await seedDemo(db, {
        creators,
        seed,
        asOf,
        reset: values.reset ?? false,
        onProgress: (d, t) => bar?.update(d, t),
        sqliteFile: database.dialect === 'sqlite' ? database.file : undefined,
        onPhase: (phase) => {
          if (phase !== 'metrics') return;
          bar?.done();
          bar = ctx.interactive && !json ? progressBar('metrics ') : undefined;
        },
        onMetricsProgress: (d, t) => bar?.update(d, t),
      });
    } finally {
      bar?.done();
    }
    const databaseBytes = databaseSize(ctx);
    if (json) {
      ctx.out(
        JSON.stringify({ ...result.world, metrics: result.metrics, campaign: result.campaign, databaseBytes }, null, 2),
      );
      return 0;
    }
    printSummary(ctx, result, databaseBytes);
    return 0;
  },
};

function seedOption(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(n)) throw new AppError('bad_request', `--seed must be an integer, got "${value}"`);
  return n;
}

/** A calendar day (YYYY-MM-DD, read as 00:00 UTC) or a full ISO-8601 timestamp. */
function dateOption(value: string): Date {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(day ? `${value}T00:00:00.000Z` : value);
  if (
    (!day && !/^\d{4}-\d{2}-\d{2}T/.test(value)) ||
    Number.isNaN(date.getTime()) ||
    (day && date.toISOString().slice(0, 10) !== value)
  ) {
    throw new AppError('bad_request', `--as-of must be a date like 2026-03-01 (or an ISO timestamp), got "${value}"`);
  }
  return date;
}

/** Bytes of the SQLite file and its WAL, or null for Postgres and in-memory databases. */
function databaseSize(ctx: CliContext): number | null {
  const { database } = ctx.config;
  if (database.dialect !== 'sqlite' || database.file === ':memory:') return null;
  const size = (file: string) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  return size(database.file) + size(`${database.file}-wal`);
}

function printSummary(ctx: CliContext, seeded: SeedDemoResult, bytes: number | null): void {
  const r = seeded.world;
  const n = (x: number) => x.toLocaleString('en-US');
  const day = r.asOf.slice(0, 10);
  if (r.status === 'unchanged') {
    ctx.out(
      `The demo world is already there: ${n(r.creators)} creators, seed ${r.seed}, as of ${day}. Nothing to do (use --reset to generate it again).`,
    );
  } else if (r.status === 'partial') {
    ctx.out(
      `Stopped with ${n(r.stored)} of ${n(r.target)} creators written (seed ${r.seed}, as of ${day}): run the same command again to continue.`,
    );
  } else {
    if (r.deleted > 0) ctx.out(`Removed the previous demo world (${n(r.deleted)} creators).`);
    ctx.out(
      `Generated the demo world: ${n(r.creators)} creators, seed ${r.seed}, as of ${day}, ${r.mode} mode, in ${(r.tookMs / 1000).toFixed(1)} s.`,
    );
  }
  const rows: [string, number][] = [
    ['accounts', r.accounts],
    ['posts', r.posts],
    ['comments', r.comments],
    ['follower history points', r.snapshots],
    ['post metric snapshots', r.postSnapshots],
    ['audiences', r.audiences],
  ];
  for (const [label, value] of rows) ctx.out(`  ${label.padEnd(24)} ${n(value).padStart(12)}`);
  ctx.out(`  workspace                ${r.workspace.padStart(12)}`);
  if (bytes !== null) ctx.out(`  database size            ${`${(bytes / 1e6).toFixed(1)} MB`.padStart(12)}`);
  if (seeded.metrics.accounts > 0)
    ctx.out(
      `Derived vetting and discovery numbers for ${n(seeded.metrics.accounts)} accounts in ${(seeded.metrics.tookMs / 1000).toFixed(1)} s.`,
    );
  if (seeded.campaign)
    ctx.out(
      `Demo campaign ${seeded.campaign.created ? 'created' : 'already there'} (id ${seeded.campaign.id}): \`microreach campaign report ${seeded.campaign.id} --workspace ${r.workspace}\`.`,
    );
}
