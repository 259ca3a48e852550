// Gathers, for one stored order, the plain facts the attribution rules need: matching codes, candidate
// clicks (mr_cid in the landing URL, the id stored for the checkout, other clicks of the same visitor,
// creator UTM), the customer's earlier attributed orders, campaign rules and creators' identities.
import type { Kysely } from 'kysely';
import type { AttributionInput, CampaignRules, ClickCandidate, SelfIdentity } from '../../core/attribution/types.ts';
import { emailHash } from '../../core/identity/customer-identity.ts';
import { readLandingUrl } from '../../core/tracking/build-destination.ts';
import { fromJsonArray } from '../../storage/creators/json-columns.ts';
import { chunksOf, selectInChunks } from '../../storage/in-chunks.ts';
import { readOrderFacts } from '../../storage/orders/read-order-facts.ts';
import type { Database, Order } from '../../storage/schema.ts';

/** What the first commission entry needs of an enrollment, read with it (no second read when booking). */
export interface EnrollmentTerms {
  commissionBps: number;
  creatorId: number;
  campaignId: number;
  holdDays: number;
}

export interface LoadedAttributionInput {
  input: AttributionInput;
  /** Terms of each enrollment involved, for the first commission entry. */
  terms: ReadonlyMap<number, EnrollmentTerms>;
}

export async function loadAttributionInput(db: Kysely<Database>, order: Order): Promise<LoadedAttributionInput> {
  const ws = order.workspace_id;
  const codes = fromJsonArray(order.codes);
  const landing = readLandingUrl(order.landing_url);

  // Click ids the order points at, and how.
  const pointed = new Map<string, ClickCandidate['via']>();
  if (landing.clickId) pointed.set(landing.clickId, 'landing_url');
  if (order.checkout_click_id && !pointed.has(order.checkout_click_id))
    pointed.set(order.checkout_click_id, 'checkout');
  const tokens = [order.cart_token, order.checkout_token].filter((t): t is string => !!t);
  const clickQuery = () =>
    db
      .selectFrom('clicks as k')
      .innerJoin('tracked_links as l', 'l.id', 'k.link_id')
      .select(CLICK_COLUMNS)
      .where('k.workspace_id', '=', ws);
  // One read of the code / click / customer facts, the customer's won orders included (the common new
  // order costs one statement here). The code's enrollment facts come with it, so an order with a
  // creator's code needs no second read of its enrollment; a click found only through a token came
  // "via checkout".
  const customer = order.customer_key;
  const [firstCodes, ...moreCodes] = chunksOf(codes);
  const facts = await readOrderFacts(db, {
    workspaceId: ws,
    codes: firstCodes ?? [],
    clickIds: [...pointed.keys()],
    tokens,
    customer: customer === null ? null : { key: customer, orderId: order.id, placedAt: order.placed_at },
  });
  // A hostile order with more codes than one statement may bind: the rest are read apart.
  const codeRows = [
    ...facts.codes,
    ...(await selectInChunks(moreCodes.flat(), (chunk) =>
      readOrderFacts(db, { workspaceId: ws, codes: chunk, clickIds: [], tokens: [], customer: null }).then(
        (f) => f.codes,
      ),
    )),
  ].sort((a, b) => codes.indexOf(a.code_normalized) - codes.indexOf(b.code_normalized));
  const codeMatches = codeRows.map((c) => ({ code: c.code, enrollmentId: c.id, campaignId: c.code_campaign_id }));
  const direct = facts.clicks.filter((c) => c.workspace_id === ws);
  for (const c of direct) if (!pointed.has(c.click_id)) pointed.set(c.click_id, 'checkout');
  const visitors = [...new Set(direct.map((c) => c.visitor_id))];
  const sameVisitor =
    visitors.length === 0
      ? []
      : await clickQuery()
          .where('k.visitor_id', 'in', visitors)
          .where('k.clicked_at', '<=', order.placed_at)
          .orderBy('k.clicked_at', 'desc')
          .limit(50)
          .execute();
  const clicks = new Map<string, ClickCandidate>();
  for (const c of [...direct, ...sameVisitor]) {
    if (clicks.has(c.click_id)) continue;
    clicks.set(c.click_id, {
      clickId: c.click_id,
      linkKey: c.key,
      enrollmentId: c.enrollment_id,
      campaignId: c.campaign_id,
      clickedAt: c.clicked_at,
      referrer: c.referrer,
      via: pointed.get(c.click_id) ?? 'same_visitor',
    });
  }
  const candidates = [...clicks.values()];
  // A creator's UTM in the landing URL without a recorded click (e.g. the mr_cid was stripped).
  if (landing.utmContent && !candidates.some((c) => c.linkKey === landing.utmContent)) {
    const link = await db
      .selectFrom('tracked_links as l')
      .innerJoin('campaigns as c', 'c.id', 'l.campaign_id')
      .select(['l.key', 'l.enrollment_id', 'l.campaign_id', 'c.utm_campaign'])
      .where('l.workspace_id', '=', ws)
      .where('l.key', '=', landing.utmContent)
      .executeTakeFirst();
    if (link && (!landing.utmCampaign || landing.utmCampaign === link.utm_campaign)) {
      candidates.push({
        clickId: null,
        linkKey: link.key,
        enrollmentId: link.enrollment_id,
        campaignId: link.campaign_id,
        clickedAt: null,
        referrer: null,
        via: 'utm',
      });
    }
  }

  // The customer's earlier orders a creator won by code or click (read with the facts).
  const priorAttributions = facts.won
    .filter((e) => e.enrollment_id !== null && e.campaign_id !== null)
    .map((e) => ({
      orderId: e.order_id,
      enrollmentId: e.enrollment_id!,
      campaignId: e.campaign_id!,
      placedAt: e.placed_at,
    }));

  const known = new Set(codeRows.map((c) => c.id));
  const enrollmentIds = [
    ...new Set([...candidates.map((c) => c.enrollmentId), ...priorAttributions.map((p) => p.enrollmentId)]),
  ].filter((id) => !known.has(id));
  const others = await selectInChunks(enrollmentIds, (chunk) =>
    enrollmentFacts(db, ws).where('e.id', 'in', chunk).execute(),
  );
  const enrollments = [...new Map([...codeRows, ...others].map((e) => [e.id, e])).values()];
  const campaigns = new Map<number, CampaignRules>();
  const selfIdentity = new Map<number, SelfIdentity>();
  for (const e of enrollments) {
    campaigns.set(e.campaign_id, { campaignId: e.campaign_id, windowDays: e.window_days, model: e.model });
    selfIdentity.set(e.id, {
      emailHashes: [e.email_hash, emailHash(e.email)].filter((h): h is string => h !== null),
      addressHashes: e.address_hash ? [e.address_hash] : [],
    });
  }
  const input: AttributionInput = {
    order: {
      placedAt: order.placed_at,
      codes,
      referrer: order.referrer,
      landingUrl: order.landing_url,
      emailHash: order.email_hash,
      addressHash: order.address_hash,
      hasEarlierOrders: facts.hasEarlierOrders,
    },
    priorAttributions,
    codeMatches,
    clicks: candidates,
    campaigns,
    selfIdentity,
  };
  const terms = enrollments.map((e): [number, EnrollmentTerms] => [
    e.id,
    {
      commissionBps: e.commission_bps,
      creatorId: Number(e.creator_id),
      campaignId: e.campaign_id,
      holdDays: e.hold_days,
    },
  ]);
  return { input, terms: new Map(terms) };
}

const CLICK_COLUMNS = [
  'k.click_id',
  'k.visitor_id',
  'k.clicked_at',
  'k.referrer',
  'l.key',
  'l.enrollment_id',
  'l.campaign_id',
] as const;

/** What the rules need of an enrollment of this workspace: its campaign's rules, rate and the creator's identity. */
const enrollmentFacts = (db: Kysely<Database>, ws: number) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('campaigns as c', 'c.id', 'e.campaign_id')
    // Self-referral compares with the creator's email as known to THIS workspace (its own layer),
    // so no other workspace's import can flip its orders.
    .leftJoin('workspace_creator_data as own', (j) =>
      j.onRef('own.creator_id', '=', 'e.creator_id').on('own.workspace_id', '=', ws),
    )
    .select([
      'e.id',
      'e.campaign_id',
      'e.email_hash',
      'e.address_hash',
      'e.commission_bps',
      'e.creator_id',
      'own.email',
      'c.window_days',
      'c.model',
      'c.hold_days',
    ])
    .where('e.workspace_id', '=', ws);
