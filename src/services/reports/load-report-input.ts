// Loads the plain rows of one campaign's report (workspace-scoped) for core/reports/campaign-report.ts.
import { notFound } from '../../core/app-error.ts';
import type { ReportInput, ReportOrder } from '../../core/reports/report-input.ts';
import { findCampaign } from '../../storage/campaigns/find-campaign.ts';
import { listEnrollments } from '../../storage/campaigns/list-enrollments.ts';
import type { DB } from '../../storage/connect.ts';
import { commissionByOrder } from '../../storage/ledger/order-commission.ts';
import { createdGiftCosts } from '../../storage/gifts/created-gift-costs.ts';
import { contentReach } from './content-reach.ts';

export async function loadReportInput(db: DB, workspaceId: number, campaignId: number): Promise<ReportInput> {
  const campaign = await findCampaign(db, workspaceId, campaignId);
  if (!campaign) throw notFound(`Campaign ${campaignId}`);
  const [workspace, enrollments, rates, clickCounts, orders, refunds, commission, reach, gifts] = await Promise.all([
    db.selectFrom('workspaces').select('currency').where('id', '=', workspaceId).executeTakeFirstOrThrow(),
    listEnrollments(db, workspaceId, campaignId),
    db
      .selectFrom('currency_rates')
      .select(['from_currency', 'to_currency', 'rate'])
      .where('workspace_id', '=', workspaceId)
      .execute(),
    db
      .selectFrom('clicks as k')
      .innerJoin('tracked_links as l', 'l.id', 'k.link_id')
      .select(['l.enrollment_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('l.workspace_id', '=', workspaceId)
      .where('l.campaign_id', '=', campaignId)
      .groupBy('l.enrollment_id')
      .execute(),
    db
      .selectFrom('attributions as a')
      .innerJoin('orders as o', 'o.id', 'a.order_id')
      .select([
        'o.id',
        'a.enrollment_id',
        'a.rule',
        'a.is_repeat',
        'a.is_new_customer',
        'a.flags',
        'o.currency',
        'o.subtotal_minor',
        'o.total_minor',
        'o.cancelled_at',
        'o.cogs_minor',
        'o.payment_fees_minor',
      ])
      .where('a.workspace_id', '=', workspaceId)
      .where('a.campaign_id', '=', campaignId)
      .where('a.enrollment_id', 'is not', null)
      .execute(),
    db
      .selectFrom('order_refunds as r')
      .innerJoin('attributions as a', 'a.order_id', 'r.order_id')
      .select(['r.order_id', 'r.amount_minor'])
      .where('a.workspace_id', '=', workspaceId)
      .where('a.campaign_id', '=', campaignId)
      .orderBy('r.id')
      .execute(),
    commissionByOrder(db, workspaceId, campaignId),
    contentReach(db, workspaceId, campaignId),
    createdGiftCosts(db, workspaceId, campaignId),
  ]);
  const refundsBy = new Map<number, number[]>();
  for (const r of refunds) refundsBy.set(r.order_id, [...(refundsBy.get(r.order_id) ?? []), r.amount_minor]);
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      currency: campaign.currency,
      windowDays: campaign.window_days,
      model: campaign.model,
      startsOn: campaign.starts_on,
      endsOn: campaign.ends_on,
      cogsBps: campaign.cogs_bps,
      paymentFeeBps: campaign.payment_fee_bps,
      paymentFeeFixedMinor: campaign.payment_fee_fixed_minor,
    },
    reportCurrency: workspace.currency,
    rates: rates.map((r) => ({ from: r.from_currency, to: r.to_currency, rate: r.rate })),
    enrollments: enrollments.map((e) => ({
      enrollmentId: e.id,
      creatorId: e.creator_id,
      creatorName: e.creator_name,
      platform: e.platform,
      handle: e.handle,
      followers: e.followers,
      feeMinor: e.fee_minor,
      giftedMinor: e.gifted_minor,
      shippingMinor: e.shipping_minor,
      otherCostMinor: e.other_cost_minor,
      commissionBps: e.commission_bps,
      dealStatus: e.deal_status,
      // Typed figures win; else her tracked posts' latest metrics (services/reports/content-reach.ts).
      impressions: e.impressions ?? reach.get(Number(e.id))?.impressions ?? null,
      engagements: e.engagements ?? reach.get(Number(e.id))?.engagements ?? null,
      // Gift orders made in the store add their product cost and shipping (typed figures above stay).
      gifts: gifts.get(Number(e.id)) ?? [],
    })),
    clicks: new Map(clickCounts.map((c) => [c.enrollment_id, Number(c.n)])),
    orders: orders.map(
      (o): ReportOrder => ({
        orderId: o.id,
        enrollmentId: o.enrollment_id!,
        rule: o.rule as ReportOrder['rule'],
        isRepeat: o.is_repeat === 1,
        isNewCustomer: o.is_new_customer === null ? null : o.is_new_customer === 1,
        flags: (JSON.parse(o.flags) as { kind: string }[]).map((f) => f.kind),
        currency: o.currency,
        subtotalMinor: o.subtotal_minor,
        totalMinor: o.total_minor,
        refundsMinor: refundsBy.get(o.id) ?? [],
        cancelled: o.cancelled_at !== null,
        cogsMinor: o.cogs_minor,
        paymentFeesMinor: o.payment_fees_minor,
        commissionMinor: commission.get(o.id) ?? 0,
      }),
    ),
  };
}
