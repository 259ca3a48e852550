// Per creator of a campaign: her current code, its state in the store, the code-leak assessment of
// the campaign report (core/reports/code-leak.ts) and the evidence behind it — the code orders that
// came from coupon sites (by referrer or landing URL), newest first.
import { couponSiteInLanding, couponSiteOf } from '../../core/attribution/coupon-sites.ts';
import type { CodeLeak } from '../../core/reports/code-leak.ts';
import type { DB } from '../../storage/connect.ts';
import type { CodeSyncStatus } from '../../storage/schema.ts';
import { buildCampaignReport } from '../reports/build-campaign-report.ts';

/** Coupon-site orders listed per creator (the count is in the assessment). */
const EVIDENCE_ORDERS = 50;

export interface CodeLeakRow {
  enrollmentId: number;
  creator: { platform: string; handle: string };
  code: string | null;
  codeId: number | null;
  sync: { status: CodeSyncStatus; error: string | null } | null;
  leak: CodeLeak;
  couponSiteOrders: {
    orderId: number;
    name: string | null;
    placedAt: string;
    site: string;
    via: 'referrer' | 'landing_url';
    referrer: string | null;
    landingUrl: string | null;
  }[];
}

export async function listCodeLeaks(db: DB, workspaceId: number, campaignId: number): Promise<CodeLeakRow[]> {
  const report = await buildCampaignReport(db, workspaceId, campaignId);
  const codes = await db
    .selectFrom('discount_codes')
    .select(['id', 'enrollment_id', 'code', 'sync_status', 'sync_error'])
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', '=', campaignId)
    .where('replaced_by_code_id', 'is', null)
    .execute();
  const codeOf = new Map(codes.map((c) => [c.enrollment_id, c]));
  const orders = await db
    .selectFrom('attributions as a')
    .innerJoin('orders as o', 'o.id', 'a.order_id')
    .select(['a.enrollment_id', 'o.id', 'o.name', 'o.placed_at', 'o.referrer', 'o.landing_url'])
    .where('a.workspace_id', '=', workspaceId)
    .where('a.campaign_id', '=', campaignId)
    .where('a.rule', '=', 'discount_code')
    .orderBy('o.placed_at', 'desc')
    .execute();
  return report.creators.map((c) => {
    const code = codeOf.get(c.enrollment_id);
    const evidence: CodeLeakRow['couponSiteOrders'] = [];
    for (const o of orders) {
      if (o.enrollment_id !== c.enrollment_id || evidence.length >= EVIDENCE_ORDERS) continue;
      const byReferrer = couponSiteOf(o.referrer);
      const site = byReferrer ?? couponSiteInLanding(o.landing_url);
      if (!site) continue;
      evidence.push({
        orderId: Number(o.id),
        name: o.name,
        placedAt: o.placed_at,
        site,
        via: byReferrer ? 'referrer' : 'landing_url',
        referrer: o.referrer,
        landingUrl: o.landing_url,
      });
    }
    return {
      enrollmentId: c.enrollment_id,
      creator: { platform: c.creator.platform, handle: c.creator.handle },
      code: code?.code ?? null,
      codeId: code ? Number(code.id) : null,
      sync: code ? { status: code.sync_status, error: code.sync_error } : null,
      leak: c.code_leak,
      couponSiteOrders: evidence,
    };
  });
}
