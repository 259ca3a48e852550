// The demo workspace's finished campaign: "Spring/summer anklets" over given creators, with clicks and
// orders that exercise every rule and flag, so the report tells a story — one micro creator clearly
// earns the best ROAS; the biggest creator costs most and returns least (and her code leaked to a
// coupon site); a second micro creator ordered with her own code (self-referral); a customer comes back
// for a repeat purchase; refunds (partial and full) and a cancellation claw back commission.
// Orders go through the real ingestion and attribution pipeline. Deterministic for a seed and asOf;
// running it again returns the existing campaign.
import { createCampaignSchema, enrollCreatorSchema } from '../../core/campaigns/campaign-input.ts';
import { normalizeCode } from '../../core/campaigns/normalize-code.ts';
import { customerKey, emailHash } from '../../core/identity/customer-identity.ts';
import type { OrderRecord } from '../../core/orders/order-record.ts';
import { hourBucket } from '../../core/tracking/hour-bucket.ts';
import { AppError } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { createCampaign } from '../campaigns/create-campaign.ts';
import { enrollCreator } from '../campaigns/enroll-creator.ts';
import { ingestOrder } from '../orders/ingest-order.ts';
import { seededRandom } from '../../core/seeded-random.ts';
import { getAllowedDomains, setAllowedDomains } from '../../storage/workspaces/allowed-domains.ts';

export const DEMO_SHOP_DOMAIN = 'demo-shop.example';

export const DEMO_CAMPAIGN_NAME = 'Spring/summer anklets';

export interface SeedDemoCampaignOptions {
  workspaceId: number;
  /** At least three creators of the demo workspace; their largest account is enrolled. */
  creatorIds: number[];
  seed: number;
  /** "Today" of the demo: the campaign ran from 45 to 15 days before. */
  asOf: Date;
}

type Role = 'star' | 'second' | 'big';
const DAY = 86_400_000;

export async function seedDemoCampaign(
  db: DB,
  options: SeedDemoCampaignOptions,
): Promise<{ campaignId: number; created: boolean }> {
  const existing = await db
    .selectFrom('campaigns')
    .select('id')
    .where('workspace_id', '=', options.workspaceId)
    .where('name', '=', DEMO_CAMPAIGN_NAME)
    .executeTakeFirst();
  if (existing) return { campaignId: existing.id, created: false };
  const accounts = await db
    .selectFrom('accounts')
    .select(['creator_id', 'platform', 'handle', 'followers'])
    .where('creator_id', 'in', options.creatorIds.length ? options.creatorIds : [-1])
    .orderBy('followers', 'desc')
    .execute();
  const best = new Map<number, (typeof accounts)[number]>();
  for (const a of accounts) if (!best.has(a.creator_id)) best.set(a.creator_id, a);
  const ranked = [...best.values()].sort((a, b) => (a.followers ?? 0) - (b.followers ?? 0));
  if (ranked.length < 3)
    throw new AppError('bad_request', 'The demo campaign needs at least three creators with an account');
  // The two smallest are the micro story; the largest is the expensive one.
  const cast: Record<Role, (typeof ranked)[number]> = {
    star: ranked[0]!,
    second: ranked[1]!,
    big: ranked[ranked.length - 1]!,
  };

  const random = seededRandom(options.seed);
  const asOf = options.asOf.getTime();
  const start = new Date(asOf - 45 * DAY);
  const end = new Date(asOf - 15 * DAY);
  // The demo shop's domain is the only place the demo's tracked links may point to.
  const domains = await getAllowedDomains(db, options.workspaceId);
  if (!domains.includes(DEMO_SHOP_DOMAIN))
    await setAllowedDomains(db, options.workspaceId, [...domains, DEMO_SHOP_DOMAIN].sort());
  const campaign = await createCampaign(
    db,
    options.workspaceId,
    createCampaignSchema.parse({
      name: DEMO_CAMPAIGN_NAME,
      brief:
        'Relaxed summer styling with our gold and silver anklets; one reel and three stories, link in bio, personal code.',
      starts_on: start.toISOString().slice(0, 10),
      ends_on: end.toISOString().slice(0, 10),
      destination_url: `https://${DEMO_SHOP_DOMAIN}/collections/anklets`,
      cogs_bps: 3500,
      payment_fee_bps: 290,
      payment_fee_fixed_minor: 20,
    }),
  );
  const code = (role: Role) =>
    `${cast[role].handle
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 8)
      .toUpperCase()}${role === 'big' ? 15 : 10}`;
  const terms: Record<Role, { fee: number; commission: number; impressions: number; engagements: number }> = {
    star: { fee: 18_000, commission: 1000, impressions: 38_000, engagements: 3_100 },
    second: { fee: 22_000, commission: 1000, impressions: 29_000, engagements: 1_500 },
    big: { fee: 180_000, commission: 0, impressions: 610_000, engagements: 9_800 },
  };
  const enrollment: Record<Role, { id: number; key: string }> = {} as never;
  for (const role of ['star', 'second', 'big'] as Role[]) {
    const a = cast[role];
    const t = terms[role];
    const { enrollmentId, linkKey } = await enrollCreator(
      db,
      options.workspaceId,
      campaign.id,
      enrollCreatorSchema.parse({
        creator: `${a.platform}:${a.handle}`,
        fee_minor: t.fee,
        gifted_minor: 6_000,
        shipping_minor: 800,
        commission_bps: t.commission,
        deliverables: ['1 reel', '3 stories'],
        deal_status: 'agreed',
        impressions: t.impressions,
        engagements: t.engagements,
        code: code(role),
        link_key: `demo-${role}-${options.seed}`,
        email: role === 'second' ? `${a.handle.replace(/[^a-z0-9]/g, '')}@demo-creator.example` : undefined,
      }),
    );
    enrollment[role] = { id: enrollmentId, key: linkKey };
  }

  await db.transaction().execute(async (trx) => {
    const links = await trx
      .selectFrom('tracked_links')
      .select(['id', 'enrollment_id'])
      .where('campaign_id', '=', campaign.id)
      .execute();
    const linkOf = (role: Role) => links.find((l) => l.enrollment_id === enrollment[role].id)!.id;
    let clickSeq = 0;
    const clickRows: {
      workspace_id: number;
      link_id: number;
      click_id: string;
      visitor_id: string;
      hour_bucket: string;
      clicked_at: string;
      referrer: string | null;
    }[] = [];
    const click = (role: Role, at: number, visitor = `v${options.seed}-${role}-${clickSeq}`) => {
      const id = `demo${options.seed}c${clickSeq++}`;
      const when = new Date(at);
      clickRows.push({
        workspace_id: options.workspaceId,
        link_id: linkOf(role),
        click_id: id,
        visitor_id: visitor,
        hour_bucket: hourBucket(when),
        clicked_at: when.toISOString(),
        referrer: 'https://l.instagram.com/',
      });
      return id;
    };
    const during = () => start.getTime() + Math.floor(random() * (end.getTime() - start.getTime() - 3 * DAY));
    // Background clicks that did not convert (counted clicks, no order).
    for (const [role, n] of [
      ['star', 380],
      ['second', 150],
      ['big', 820],
    ] as [Role, number][])
      for (let i = 0; i < n; i++) click(role, during());

    let orderSeq = 0;
    const prices = [4200, 5800, 6450, 7900, 9600, 12000];
    const order = (o: Partial<OrderRecord> & { at: number; email: string }): OrderRecord => {
      const subtotal = o.subtotalMinor ?? prices[Math.floor(random() * prices.length)]!;
      const hashed = emailHash(o.email);
      return {
        source: 'shopify',
        externalId: `demo-${options.seed}-${++orderSeq}`,
        name: `#D${1000 + orderSeq}`,
        currency: campaign.currency,
        placedAt: new Date(o.at).toISOString(),
        subtotalMinor: subtotal,
        discountsMinor: o.codes?.length ? Math.round(subtotal / 9) : 0,
        shippingMinor: 450,
        taxMinor: Math.round(subtotal / 5),
        totalMinor: subtotal + 450 + Math.round(subtotal / 5),
        cogsMinor: null,
        paymentFeesMinor: null,
        financialStatus: 'paid',
        cancelledAt: null,
        customerKey: customerKey('shopify', null, hashed),
        emailHash: hashed,
        addressHash: null,
        codes: [],
        landingUrl: null,
        referrer: null,
        cartToken: null,
        checkoutToken: null,
        checkoutClickId: null,
        refunds: [],
        ...o,
      };
    };
    const byLink = (role: Role, email: string, extra: Partial<OrderRecord> = {}) => {
      const at = during();
      const cid = click(role, at, `buyer-${email}`);
      return order({
        at: at + 2 * 3_600_000,
        email,
        landingUrl: `/collections/anklets?utm_content=${enrollment[role].key}&mr_cid=${cid}`,
        ...extra,
      });
    };
    const byCode = (role: Role, email: string, extra: Partial<OrderRecord> = {}) => {
      const at = during();
      // Most code buyers clicked the creator's link first (so the code did not leak).
      const cid = extra.referrer ? null : click(role, at, `buyer-${email}`);
      return order({
        at: at + 5 * 3_600_000,
        email,
        codes: [normalizeCode(code(role))],
        landingUrl: cid ? `/?mr_cid=${cid}` : null,
        ...extra,
      });
    };

    const orders: OrderRecord[] = [];
    // A customer who bought before the campaign, then again through a link: "returning".
    orders.push(order({ at: start.getTime() - 20 * DAY, email: 'returning@demo-customer.example' }));
    // The star micro creator: codes and links, a repeat purchase, a partial refund.
    for (let i = 0; i < 7; i++) orders.push(byCode('star', `star-code-${i}@demo-customer.example`));
    for (let i = 0; i < 8; i++) orders.push(byLink('star', `star-link-${i}@demo-customer.example`));
    const repeatOf = orders[orders.length - 1]!;
    orders.push(
      order({
        at: Date.parse(repeatOf.placedAt) + 9 * DAY,
        email: 'star-link-7@demo-customer.example',
        subtotalMinor: 9600,
      }),
    );
    // The second micro creator: links, her own code on her own order, a cancelled order, the returning customer.
    for (let i = 0; i < 4; i++) orders.push(byLink('second', `second-link-${i}@demo-customer.example`));
    orders.push(
      byCode('second', `${cast.second.handle.replace(/[^a-z0-9]/g, '')}@demo-creator.example`, {
        subtotalMinor: 12000,
      }),
    );
    orders.push(byLink('second', 'second-cancel@demo-customer.example'));
    orders.push(byLink('second', 'returning@demo-customer.example'));
    // The big creator: codes (one from a coupon site), links, one order fully refunded.
    for (let i = 0; i < 4; i++) orders.push(byCode('big', `big-code-${i}@demo-customer.example`));
    orders.push(
      byCode('big', 'big-leak@demo-customer.example', {
        referrer: 'https://www.retailmenot.com/view/demo-shop.example',
      }),
    );
    for (let i = 0; i < 3; i++) orders.push(byLink('big', `big-link-${i}@demo-customer.example`));

    await trx.insertInto('clicks').values(clickRows).execute();
    orders.sort((a, b) => a.placedAt.localeCompare(b.placedAt));
    for (const o of orders) await ingestOrder(trx, options.workspaceId, o, o.placedAt);
    // After the fact: a partial refund (star), a full refund (big) and a cancellation (second).
    const later = (o: OrderRecord) => new Date(Date.parse(o.placedAt) + 4 * DAY).toISOString();
    const find = (email: string) => orders.find((o) => o.emailHash === emailHash(email))!;
    const partial = find('star-code-2@demo-customer.example');
    await ingestOrder(
      trx,
      options.workspaceId,
      {
        ...partial,
        refunds: [
          {
            externalId: 'demo-refund-1',
            amountMinor: Math.round(partial.subtotalMinor / 2),
            refundedAt: later(partial),
          },
        ],
      },
      later(partial),
    );
    const full = find('big-code-1@demo-customer.example');
    await ingestOrder(
      trx,
      options.workspaceId,
      { ...full, refunds: [{ externalId: 'demo-refund-2', amountMinor: full.subtotalMinor, refundedAt: later(full) }] },
      later(full),
    );
    const cancelled = find('second-cancel@demo-customer.example');
    await ingestOrder(
      trx,
      options.workspaceId,
      { ...cancelled, cancelledAt: later(cancelled), financialStatus: 'voided' },
      later(cancelled),
    );
  });
  return { campaignId: campaign.id, created: true };
}
