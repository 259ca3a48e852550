// A brand's history in discovery: closed deals recalibrate prices (from five deals), the pipeline
// can be excluded, and the brand's own average order value replaces the default in expected ROAS.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { briefSchema } from '../../src/core/discovery/brief.ts';
import { DiscoveryEngine } from '../../src/search-index/discovery-engine.ts';
import { createCampaignSchema, enrollCreatorSchema } from '../../src/http/schemas/campaigns.ts';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import { discover } from '../../src/services/discovery/discover.ts';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const iso = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
const creator = (handle: string) =>
  creatorRecord(
    { displayName: handle },
    {
      handle,
      bio: 'anklets and barefoot sandals',
      followers: 30_000,
      posts: Array.from({ length: 12 }, (_, i) => ({
        externalId: `${handle}${i}`,
        type: 'image' as const,
        postedAt: iso(3 + i * 4),
        caption: 'anklets #anklets',
        hashtags: ['anklets'],
        likes: 900,
        comments: 30,
      })),
    },
  );

describe.each(testDialects)("discovery with a brand's history on %s", (dialect) => {
  let t: TestDatabase;
  let ws: number;
  const run = async (input: object) =>
    discover(t.db, await DiscoveryEngine.open(t.db), briefSchema.parse(input), {
      workspaceId: ws,
      workspaceSlug: 'acme',
      currency: 'USD',
    });

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    ws = (await ensureWorkspace(t.db, 'acme')).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
    await refreshCreatorMetrics(
      t.db,
      await storeCreators(
        t.db,
        ws,
        Array.from({ length: 7 }, (_, i) => creator(`anklet.${i}`)),
      ),
    );
  });
  afterEach(async () => t.close());

  const enroll = async (
    handles: string[],
    fee: (formulaMid: number) => number,
    deal: 'proposed' | 'agreed' | 'paid' = 'agreed',
  ) => {
    const campaign = await createCampaign(
      t.db,
      ws,
      createCampaignSchema.parse({ name: `c${Math.random()}`, destination_url: 'https://shop.example/a' }),
    );
    for (const handle of handles) {
      const { price_post_mid_usd } = await t.db
        .selectFrom('account_metrics')
        .innerJoin('accounts', 'accounts.id', 'account_metrics.account_id')
        .select('price_post_mid_usd')
        .where('accounts.handle', '=', handle)
        .executeTakeFirstOrThrow();
      await enrollCreator(
        t.db,
        ws,
        campaign.id,
        enrollCreatorSchema.parse({
          creator: `instagram:${handle}`,
          fee_minor: Math.round(fee(price_post_mid_usd! * 100)),
          deal_status: deal,
        }),
      );
    }
  };

  it('keeps formula prices below five closed deals, and recalibrates on the median ratio from five', async () => {
    await enroll(['anklet.0', 'anklet.1', 'anklet.2', 'anklet.3'], (mid) => mid * 2);
    const before = await run({ niche: { keywords: ['anklets'] }, limit: 7 });
    expect(before.results[0]!.price.calibration).toMatchObject({ factor: 1, deals: 4 });
    await enroll(['anklet.4'], (mid) => mid * 2);
    const after = await run({ niche: { keywords: ['anklets'] }, limit: 7 });
    expect(after.results[0]!.price.calibration.deals).toBe(5);
    expect(after.results[0]!.price.calibration.factor).toBeCloseTo(2, 2);
    expect(after.results[0]!.price.calibration.note).toMatch(/recalibrated on 5 closed deals/);
    const post = (r: typeof after) => r.results.find((x) => x.handle === 'anklet.6')!.price.deliverables[0]!;
    expect(post(after).low).toBeCloseTo(post(before).low * 2, -1);
  });

  it('recalibrates on agreed deals only: proposals with a pre-filled fee are not closed deals', async () => {
    await enroll(['anklet.0', 'anklet.1', 'anklet.2'], (mid) => mid * 2, 'proposed');
    await enroll(['anklet.3', 'anklet.4'], (mid) => mid * 2, 'paid');
    const r = await run({ niche: { keywords: ['anklets'] }, limit: 7 });
    expect(r.results[0]!.price.calibration).toMatchObject({ factor: 1, deals: 2 });
  });

  it("excludes the brand's pipeline when asked", async () => {
    await enroll(['anklet.0', 'anklet.1'], () => 10_000);
    const all = await run({ niche: { keywords: ['anklets'] } });
    const fresh = await run({ niche: { keywords: ['anklets'] }, exclude_pipeline: true });
    expect(all.results.map((r) => r.handle)).toContain('anklet.0');
    expect(fresh.results.map((r) => r.handle).sort()).toEqual([
      'anklet.2',
      'anklet.3',
      'anklet.4',
      'anklet.5',
      'anklet.6',
    ]);
  });

  it.each([
    // currency, units per USD, minor units per major unit
    ['JPY', '150', 1],
    ['KWD', '0.307', 1_000],
    ['GBP', '0.8', 100],
  ] as const)('prices and budgets in %s follow its exponent (1 USD = %s)', async (currency, rate, perMajor) => {
    await t.db
      .insertInto('currency_rates')
      .values({ workspace_id: ws, from_currency: 'USD', to_currency: currency, rate, updated_at: iso(0) })
      .execute();
    const brief = { niche: { keywords: ['anklets'] }, limit: 7 };
    const usd = await run(brief);
    const local = await discover(t.db, await DiscoveryEngine.open(t.db), briefSchema.parse(brief), {
      workspaceId: ws,
      workspaceSlug: 'acme',
      currency,
    });
    const post = (r: typeof usd) => r.results.find((x) => x.handle === 'anklet.6')!.price;
    // $X.YZ in cents × rate × (minor per major / 100), rounded to the minor unit
    const expected = Math.round((post(usd).deliverables[0]!.low / 100) * Number(rate) * perMajor);
    expect(Math.abs(post(local).deliverables[0]!.low - expected)).toBeLessThanOrEqual(1);
    expect(post(local).expected_roas.inputs.average_order_value).toBe(Math.round(60 * Number(rate) * perMajor));
    // The same budget in two currencies ranks the same (cost efficiency reads it in US dollars).
    const budgetUsd = await run({ ...brief, budget_per_post: { amount: 3_000, currency: 'USD' } });
    const budgetLocal = await run({
      ...brief,
      budget_per_post: { amount: Math.round(30 * Number(rate) * perMajor), currency },
    });
    expect(budgetLocal.results.map((r) => [r.handle, r.fit.components.cost_efficiency.value])).toEqual(
      budgetUsd.results.map((r) => [r.handle, r.fit.components.cost_efficiency.value]),
    );
  });

  it("takes conversion and basket from the brand's own history once it has enough, and says which inputs are assumptions", async () => {
    await enroll(['anklet.0'], () => 10_000);
    const link = await t.db
      .selectFrom('tracked_links')
      .select(['id', 'campaign_id', 'enrollment_id'])
      .executeTakeFirstOrThrow();
    const clicks = Array.from({ length: 500 }, (_, i) => ({
      workspace_id: ws,
      link_id: link.id,
      click_id: `c${i}`,
      visitor_id: `v${i}`,
      hour_bucket: iso(2).slice(0, 13),
      clicked_at: iso(2),
      referrer: null,
    }));
    for (let i = 0; i < clicks.length; i += 100)
      await t.db
        .insertInto('clicks')
        .values(clicks.slice(i, i + 100))
        .execute();
    for (let i = 0; i < 12; i++) {
      const order = await t.db
        .insertInto('orders')
        .values({
          workspace_id: ws,
          source: 'import',
          external_id: `o${i}`,
          name: `#${i}`,
          currency: 'USD',
          placed_at: iso(1),
          subtotal_minor: 4_000,
          total_minor: 4_500,
          cogs_minor: null,
          payment_fees_minor: null,
          financial_status: 'paid',
          cancelled_at: null,
          customer_key: null,
          email_hash: null,
          address_hash: null,
          landing_url: null,
          referrer: null,
          cart_token: null,
          checkout_token: null,
          checkout_click_id: null,
          created_at: iso(1),
          updated_at: iso(1),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('attributions')
        .values({
          order_id: Number(order.id),
          workspace_id: ws,
          campaign_id: link.campaign_id,
          enrollment_id: link.enrollment_id,
          rule: 'click',
          evidence: '{}',
          is_new_customer: 1,
          attributed_at: iso(1),
        })
        .execute();
    }
    const r = (await run({ niche: { keywords: ['anklets'] }, limit: 1 })).results[0]!;
    // 12 orders from 500 clicks: 2.4 %; the basket is the brand's own $40.00.
    expect(r.price.expected_roas.inputs).toMatchObject({
      conversion: { low: 0.024, high: 0.024 },
      average_order_value: 4_000,
      sources: { click_through: 'default', conversion: 'brand_history', average_order_value: 'brand_history' },
      assumptions: ['click_through'],
    });
  });

  it('prices expected ROAS at the mid fair price with the default basket', async () => {
    const r = (await run({ niche: { keywords: ['anklets'] }, limit: 1 })).results[0]!;
    const main = r.price.deliverables[0]!;
    expect(r.price.expected_roas.inputs).toMatchObject({
      price: Math.round((main.low + main.high) / 2),
      average_order_value: 6_000,
      assumptions: ['click_through', 'conversion', 'average_order_value'],
    });
    // views × 0.5 % × 1.5 % × $60 / mid price
    expect(r.price.expected_roas.low).toBeCloseTo(
      (main.inputs.expected_views * 0.005 * 0.015 * 6_000) / r.price.expected_roas.inputs.price,
      6,
    );
  });
});
