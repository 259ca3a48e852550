// A first start: serve's demo is open once a small complete world is written (its numbers and its
// campaign included), grows to the configured size afterwards, and a stop during the growth is
// continued at the next start into the same world a single run makes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveDemo, type ServeDemo } from '../../src/cli/serve-demo.ts';
import { loadConfig } from '../../src/config.ts';
import { seedDemo } from '../../src/services/demo/seed-demo.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { tableDigest } from '../demo/table-digest.ts';

const CREATORS = 260;
const STARTER = 120;

describe('serve on an empty database', () => {
  let dir: string | undefined;
  const open: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.close()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const database = async (name: string) => {
    dir ??= mkdtempSync(join(tmpdir(), 'mr-serve-demo-'));
    const file = join(dir, `${name}.db`);
    const t = await openTestDatabase('sqlite', { file });
    open.push(t);
    const config = loadConfig({
      DATABASE_URL: file,
      MICROREACH_DEMO_CREATORS: String(CREATORS),
      MICROREACH_DEMO_SEED: '42',
    });
    return { t, config };
  };
  const count = async (t: TestDatabase, table: 'creators' | 'account_metrics' | 'campaigns') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('opens the demo after the small world, grows it, and a stopped growth continues at the next start', async () => {
    const { t, config } = await database('served');
    const log: string[] = [];
    // What the server would tell the sign-in page and /health at the moment each line is logged.
    const states: { line: string; preparing: boolean; growing: boolean }[] = [];
    let demo: ServeDemo | undefined;
    let stopOnGrowth = true;
    const ctx = {
      config,
      err: (line: string) => {
        log.push(line);
        states.push({ line, preparing: !!demo?.preparation(), growing: !!demo?.growth() });
        // The server stops (Ctrl+C) as soon as the growth reports its first creators.
        if (stopOnGrowth && line.includes('demo creators:') && !line.includes(' 0 of')) demo?.stop();
      },
    };
    demo = await serveDemo(t.db, ctx, { starter: STARTER, chunkSize: 40 });
    expect(demo).toBeDefined();
    expect(demo!.preparation()).toMatchObject({ phase: 'world', total: STARTER });
    await demo!.run();

    const ready = states.findIndex((s) => s.line.startsWith('Demo workspace ready'));
    expect(ready).toBeGreaterThan(0);
    expect(states[ready]).toMatchObject({ preparing: false, growing: false });
    expect(states.slice(0, ready).every((s) => s.preparing)).toBe(true);
    expect(states.slice(ready + 1).some((s) => s.growing)).toBe(true);
    expect(log.at(-1)).toMatch(/^Demo world stopped at [\d,]+ of 260 creators: the next start continues it\.$/);
    expect(await count(t, 'campaigns')).toBe(1);
    const stored = await count(t, 'creators');
    expect(stored).toBeGreaterThanOrEqual(STARTER);
    expect(stored).toBeLessThan(CREATORS);

    // The next start is not an empty database, but an unfinished demo: it continues.
    stopOnGrowth = false;
    demo = await serveDemo(t.db, ctx, { starter: STARTER, chunkSize: 40 });
    expect(demo).toBeDefined();
    await demo!.run();
    expect(log.at(-1)).toMatch(/^Demo world complete in [\d.]+ s: 260 creators/);
    expect(await serveDemo(t.db, ctx, { starter: STARTER, chunkSize: 40 })).toBeUndefined();
    const accounts = await t.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(await count(t, 'account_metrics')).toBe(Number(accounts.n));

    // The same world, numbers and campaign as `microreach demo` makes in one run.
    const { t: once } = await database('once');
    const asOf = new Date(
      Number(
        (
          await t.db
            .selectFrom('meta')
            .select('value')
            .where('key', '=', 'demo_world:as_of_ms')
            .executeTakeFirstOrThrow()
        ).value,
      ),
    );
    await seedDemo(once.db, { creators: CREATORS, seed: 42, asOf, starter: STARTER });
    expect(await tableDigest(t.db)).toEqual(await tableDigest(once.db));
    const ranks = (x: TestDatabase) =>
      x.db
        .selectFrom('account_metrics')
        .select(['account_id', 'er_percentile', 'price_post_mid_usd'])
        .orderBy('account_id')
        .execute();
    expect(await ranks(t)).toEqual(await ranks(once));
    const cast = (x: TestDatabase) =>
      x.db.selectFrom('enrollments').select('creator_id').orderBy('creator_id').execute();
    expect(await cast(t)).toEqual(await cast(once));
  }, 300_000);
});
