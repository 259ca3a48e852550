import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

describe('microreach demo', () => {
  let t: TestDatabase;
  let out: string[];
  let err: string[];
  beforeEach(async () => {
    t = await openTestDatabase('sqlite');
    out = [];
    err = [];
  });
  afterEach(async () => t.close());

  const run = (...argv: string[]) =>
    main(['demo', ...argv], {
      config: loadConfig({ DATABASE_URL: ':memory:', MICROREACH_DEMO_CREATORS: '25', MICROREACH_DEMO_SEED: '8' }),
      db: async () => t.db,
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      interactive: false,
    });

  it('generates the configured world and prints one JSON document with --json', async () => {
    expect(await run('--json', '--as-of', '2026-03-01')).toBe(0);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0]!);
    expect(result).toMatchObject({
      status: 'generated',
      creators: 25,
      seed: 8,
      asOf: '2026-03-01T00:00:00.000Z',
      mode: 'full',
      databaseBytes: null,
    });
    expect(result.posts).toBeGreaterThan(0);
    expect(err).toEqual([]);
  });

  it('prints a summary, then says there is nothing to do on a re-run', async () => {
    expect(await run('--creators', '10', '--seed', '3')).toBe(0);
    expect(out.join('\n')).toMatch(/Generated the demo world: 10 creators, seed 3, as of \d{4}-\d{2}-\d{2}, full mode/);
    expect(out.join('\n')).toMatch(/posts\s+[\d,]+/);
    out = [];
    expect(await run('--creators', '10', '--seed', '3')).toBe(0);
    expect(out[0]).toMatch(/already there: 10 creators, seed 3.*Nothing to do/);
  });

  it('needs --reset to replace a world of another seed, and replaces it with it', async () => {
    await run('--creators', '10', '--seed', '3');
    expect(await run('--creators', '12', '--seed', '4')).toBe(2);
    expect(err.join('\n')).toMatch(/already holds a demo world of 10 creators \(seed 3.*--reset/);
    out = [];
    expect(await run('--creators', '12', '--seed', '4', '--reset')).toBe(0);
    expect(out[0]).toMatch(/Removed the previous demo world \(10 creators\)/);
  });

  it.each([
    [['--creators', 'lots'], /--creators must be an integer/],
    [['--creators=-5'], /--creators must be an integer ≥ 0/],
    [['--creators', '-5'], /--creators/],
    [['--creators', '20000000'], /--creators must be at most 10,000,000/],
    [['--seed', '1.5'], /--seed must be an integer/],
    [['--as-of', '2026-02-30'], /--as-of must be a date/],
    [['--as-of', 'yesterday'], /--as-of must be a date/],
    [['--colour'], /Unknown option '--colour'/],
    [['extra'], /unexpected argument "extra"/],
  ])('rejects %j with a clear error', async (argv, message) => {
    expect(await run(...argv)).toBe(2);
    expect(err.join('\n')).toMatch(message);
    expect(await t.db.selectFrom('creators').select('id').execute()).toEqual([]);
  });
});
