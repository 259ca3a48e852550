// One brief, two doors: the CLI's `discover --json` and POST /api/v1/discover rank the same creators
// in the same order with the same prices, scores and weights (a brief written in JPY too).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { createApp } from '../../src/http/app.ts';
import type { DiscoverResponse } from '../../src/http/schemas/discover.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { setCurrencyRate } from '../../src/storage/currency-rates/set-currency-rate.ts';
import { testConfig } from '../support/commerce.ts';
import { seedSmallWorld } from '../support/small-world.ts';

const BRIEFS = {
  gbp: {
    niche: { keywords: ['anklet', 'barefoot sandals', 'foot model'], hashtags: ['anklets'] },
    followers: { min: 5_000, max: 200_000 },
    budget_per_post: { amount: 40_000, currency: 'GBP' },
  },
  jpy: {
    niche: { keywords: ['anklet'] },
    budget_per_post: { amount: 9_000, currency: 'JPY' },
    weights: { cost_efficiency: 40 },
  },
};

describe('discover: the CLI and the API give the same ranking', () => {
  let dir: string;
  let db: DB;
  let config: ReturnType<typeof testConfig>;
  let token: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-parity-'));
    config = testConfig({ DATABASE_URL: join(dir, 'parity.db'), MICROREACH_DATA_DIR: dir });
    db = connect(config.database);
    await migrateToLatest(db);
    const world = await seedSmallWorld(db);
    await setCurrencyRate(db, world.workspaceId, 'USD', 'JPY', '150');
    token = (await createApiToken(db, world.workspaceId, 'parity')).token;
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(Object.entries(BRIEFS))('%s brief', async (name, brief) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(brief));
    const out: string[] = [];
    const code = await main(['discover', '--brief', file, '--workspace', 'demo', '--json'], {
      config,
      out: (t) => out.push(t),
      err: () => {},
      interactive: false,
    });
    expect(code).toBe(0);
    const cli = JSON.parse(out.join('\n')) as DiscoverResponse;
    const res = await createApp({ db, config }).request('/api/v1/discover', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(brief),
    });
    expect(res.status).toBe(200);
    const api = (await res.json()) as DiscoverResponse;
    const view = (a: DiscoverResponse) =>
      a.results.map((r) => [
        r.handle,
        r.fit.score,
        r.price.suggested_fee,
        r.price.deliverables[0]!.low,
        r.price.deliverables[0]!.high,
      ]);
    expect(view(api).length).toBeGreaterThan(1);
    expect(view(cli)).toEqual(view(api));
    expect(cli.weights).toEqual(api.weights);
    expect(api.currency).toBe(brief.budget_per_post.currency);
  });
});
