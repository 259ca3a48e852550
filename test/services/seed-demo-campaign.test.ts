import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCampaignReport } from '../../src/services/reports/build-campaign-report.ts';
import { seedDemoCampaign } from '../../src/services/demo/seed-demo-campaign.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('demo campaign on %s', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  let creatorIds: number[];
  const asOf = new Date('2026-06-30T12:00:00.000Z');

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    ws = (await ensureWorkspace(t.db, 'demo', { currency: 'GBP' })).id;
    creatorIds = await storeCreators(t.db, ws, [
      creatorRecord({ displayName: 'Mid Maya' }, { handle: 'mid.maya', followers: 240_000 }),
      creatorRecord({ displayName: 'Micro Mia' }, { handle: 'micro.mia', followers: 27_000 }),
      creatorRecord({ displayName: 'Micro Noor' }, { handle: 'micro.noor', followers: 33_000 }),
    ]);
  });
  afterEach(async () => t.close());

  it('builds a finished campaign whose report tells the story', async () => {
    const { campaignId, created } = await seedDemoCampaign(t.db, { workspaceId: ws, creatorIds, seed: 42, asOf });
    expect(created).toBe(true);
    const report = await buildCampaignReport(t.db, ws, campaignId);
    const byHandle = Object.fromEntries(report.creators.map((c) => [c.creator.handle, c]));
    const star = byHandle['micro.mia']!;
    const second = byHandle['micro.noor']!;
    const big = byHandle['mid.maya']!;
    // One micro creator clearly has the best ROAS; the mid-tier one the worst.
    expect(star.creator.tier).toBe('micro');
    expect(star.roas!).toBeGreaterThan(2);
    expect(star.roas!).toBeGreaterThan(2 * second.roas!);
    expect(big.roas!).toBeLessThan(1);
    expect(report.tiers.micro_vs_larger.micro.roas!).toBeGreaterThan(report.tiers.micro_vs_larger.larger.roas!);
    // Every case is there.
    expect(star.by_rule).toMatchObject({ discount_code: 7, click: 8, known_customer: 1 });
    expect(star.orders).toMatchObject({ repeat: 1 });
    expect(star.revenue.refunds_minor).toBeGreaterThan(0);
    expect(second.flags.self_referral).toBe(1);
    expect(second.orders.cancelled).toBe(1);
    expect(second.orders.returning_customers).toBe(1);
    expect(big.flags.coupon_site).toBe(1);
    // The code leak is judged on the code as a whole: the big creator's code reached a coupon site.
    expect(big.code_leak).toMatchObject({ suspected: true, evidence: { coupon_site_redemptions: 1 } });
    expect(star.code_leak.suspected).toBe(false);
    // The finished deals are agreed, so their fees are spend.
    expect(star.deal_status).toBe('agreed');
    expect(star.spend.fee_minor).toBe(18_000);
    expect(big.revenue.refunds_minor).toBeGreaterThan(0);
    expect(report.total.clicks).toBeGreaterThan(1000);
    expect(report.total.cm_roas).not.toBeNull();
    expect(report.total.cpm_minor).not.toBeNull();
    const leak = await t.db
      .selectFrom('attributions')
      .select('flags')
      .where('flags', 'like', '%coupon site%')
      .executeTakeFirstOrThrow();
    expect(leak.flags).toContain('retailmenot.com');
  });

  it('is deterministic for a seed and does not duplicate when run again', async () => {
    const first = await seedDemoCampaign(t.db, { workspaceId: ws, creatorIds, seed: 7, asOf });
    const again = await seedDemoCampaign(t.db, { workspaceId: ws, creatorIds, seed: 7, asOf });
    expect(again).toEqual({ campaignId: first.campaignId, created: false });
    const report = await buildCampaignReport(t.db, ws, first.campaignId);
    const other = await openTestDatabase(dialect);
    try {
      const ws2 = (await ensureWorkspace(other.db, 'demo', { currency: 'GBP' })).id;
      const ids2 = await storeCreators(other.db, ws2, [
        creatorRecord({}, { handle: 'mid.maya', followers: 240_000 }),
        creatorRecord({}, { handle: 'micro.mia', followers: 27_000 }),
        creatorRecord({}, { handle: 'micro.noor', followers: 33_000 }),
      ]);
      const second = await seedDemoCampaign(other.db, { workspaceId: ws2, creatorIds: ids2, seed: 7, asOf });
      const report2 = await buildCampaignReport(other.db, ws2, second.campaignId);
      expect(report2.total).toEqual(report.total);
    } finally {
      await other.close();
    }
  });

  it('needs three creators', async () => {
    await expect(
      seedDemoCampaign(t.db, { workspaceId: ws, creatorIds: creatorIds.slice(0, 2), seed: 1, asOf }),
    ).rejects.toThrow(/three creators/);
  });
});
