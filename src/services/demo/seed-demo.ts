// The whole demo workspace in one call (what `npm start` runs on an empty database and what
// `microreach demo` runs): the generated world, its derived vetting and discovery numbers, the
// workspace's currency rates, and a finished campaign.
import { generateDemoWorld, type DemoWorldOptions, type DemoWorldResult } from '../../demo/generate-demo-world.ts';
import type { DB } from '../../storage/connect.ts';
import { setCurrencyRate } from '../../storage/currency-rates/set-currency-rate.ts';
import { findWorkspaceBySlug } from '../../storage/workspaces/workspaces.ts';
import { refreshAllAccountMetrics } from '../vetting/refresh-all-account-metrics.ts';
import { pickCampaignCast } from './pick-campaign-cast.ts';
import { seedDemoCampaign } from './seed-demo-campaign.ts';

/** Rates the demo uses (GBP workspace; prices are computed in USD). Illustrative, not live. */
export const DEMO_RATES: [string, string, string][] = [
  ['USD', 'GBP', '0.79'],
  ['EUR', 'GBP', '0.85'],
  ['HKD', 'GBP', '0.1012'],
];

export interface SeedDemoOptions extends DemoWorldOptions {
  sqliteFile?: string;
  onPhase?: (phase: 'world' | 'metrics' | 'campaign') => void;
  onMetricsProgress?: (done: number, total: number) => void;
}

export interface SeedDemoResult {
  world: DemoWorldResult;
  metrics: { accounts: number; tookMs: number };
  campaign: { id: number; created: boolean } | null;
}

export async function seedDemo(db: DB, options: SeedDemoOptions): Promise<SeedDemoResult> {
  options.onPhase?.('world');
  const world = await generateDemoWorld(db, options);
  const started = Date.now();
  const [{ accounts }, { metrics }] = await Promise.all([
    db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll().as('accounts'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('account_metrics')
      .select((eb) => eb.fn.countAll().as('metrics'))
      .executeTakeFirstOrThrow(),
  ]);
  let refreshed = 0;
  if (world.status === 'generated' || Number(metrics) < Number(accounts)) {
    options.onPhase?.('metrics');
    refreshed = await refreshAllAccountMetrics(db, {
      now: new Date(world.asOf),
      sqliteFile: options.sqliteFile,
      onProgress: options.onMetricsProgress,
    });
  }
  const workspace = await findWorkspaceBySlug(db, world.workspace);
  let campaign: SeedDemoResult['campaign'] = null;
  if (workspace && world.creators > 0) {
    for (const [from, to, rate] of DEMO_RATES) await setCurrencyRate(db, workspace.id, from, to, rate);
    const cast = await pickCampaignCast(db, workspace.id);
    if (cast.length >= 3) {
      options.onPhase?.('campaign');
      const seeded = await seedDemoCampaign(db, {
        workspaceId: workspace.id,
        creatorIds: cast,
        seed: world.seed,
        asOf: new Date(world.asOf),
      });
      campaign = { id: seeded.campaignId, created: seeded.created };
    }
  }
  return { world, metrics: { accounts: refreshed, tookMs: Date.now() - started }, campaign };
}
