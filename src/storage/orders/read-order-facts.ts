// The facts a new order's attribution starts from, in ONE statement (the webhook hot path): the
// enrollments behind its discount codes, the clicks it points at (by click id, or through the click id
// the snippet stored for its cart or checkout token), whether the customer ordered before and which of
// the customer's earlier orders a creator won. Four reads became one UNION ALL of four arms that share
// one row shape ("kind" says which arm a row comes from; the other arms' columns are null). Same plans as the separate reads: each arm by its
// own index. Click ids are unique installation-wide, so clicks are read by id alone and the caller
// checks the workspace on the rows: given "workspace = ? and click_id in (subquery)" SQLite read
// every click of the workspace instead. Every null is cast to its column's type: Postgres types a
// UNION arm by arm, and two untyped nulls before a bigint make "text and bigint cannot be matched".
import { type RawBuilder, sql } from 'kysely';
import type { AttributionModel } from '../schema.ts';
import type { DB } from '../connect.ts';
import { precompiled } from '../precompiled-query.ts';
import { prepareOnPostgres } from '../prepared-statements.ts';

export interface OrderFactsQuery {
  workspaceId: number;
  /** Normalised codes of the order (at most IN_LIST_LIMIT: the caller reads the rest apart). */
  codes: string[];
  /** Click ids the order names itself (landing URL, stored checkout click id). */
  clickIds: string[];
  /** Cart and checkout tokens, through which the snippet may have stored a click id. */
  tokens: string[];
  /** The customer and the order, for "did this customer order before"; null for an unknown customer. */
  customer: { key: string; orderId: number; placedAt: string } | null;
}

/** An enrollment behind one of the order's codes, with what the rules and the first commission entry need. */
export interface CodeFact {
  id: number;
  campaign_id: number;
  email_hash: string | null;
  address_hash: string | null;
  commission_bps: number;
  creator_id: number;
  email: string | null;
  window_days: number;
  model: AttributionModel;
  hold_days: number;
  code: string;
  code_normalized: string;
  code_campaign_id: number;
}

export interface ClickFact {
  click_id: string;
  visitor_id: string;
  clicked_at: string;
  referrer: string | null;
  key: string;
  enrollment_id: number;
  campaign_id: number;
  workspace_id: number;
}

export interface OrderFacts {
  codes: CodeFact[];
  clicks: ClickFact[];
  /** null when the customer is unknown. */
  hasEarlierOrders: boolean | null;
  /** The customer's earlier orders a creator won by code or click within 365 days, newest first (at most 20). */
  won: WonOrder[];
}

export interface WonOrder {
  order_id: number;
  placed_at: string;
  enrollment_id: number | null;
  campaign_id: number | null;
}

type Row = { kind: 'code' | 'click' | 'earlier' | 'won' } & Partial<
  CodeFact & ClickFact & { order_id: number; placed_at: string }
>;

/**
 * The statement for the query (null when it reads nothing). Its values may be the query's own or the
 * slots of a precompiled shape (see readOrderFacts): it only places them, never looks at them.
 */
function factsStatement(q: FactsValues): RawBuilder<Row> | null {
  const ws = q.workspaceId;
  const arms: RawBuilder<unknown>[] = [];
  if (q.codes.length > 0)
    arms.push(sql`select 'code' as kind, e.id, e.campaign_id, e.email_hash, e.address_hash, e.commission_bps,
      e.creator_id, own.email, c.window_days, c.model, c.hold_days, d.code, d.code_normalized,
      d.campaign_id as code_campaign_id, cast(null as text) as click_id, cast(null as text) as visitor_id, cast(null as text) as clicked_at,
      cast(null as text) as referrer, cast(null as text) as "key", cast(null as bigint) as enrollment_id, cast(null as bigint) as workspace_id, cast(null as bigint) as order_id,
      cast(null as text) as placed_at
      from enrollments e
      inner join campaigns c on c.id = e.campaign_id
      left join workspace_creator_data own on own.creator_id = e.creator_id and own.workspace_id = ${ws}
      inner join discount_codes d on d.enrollment_id = e.id
      where e.workspace_id = ${ws} and d.workspace_id = ${ws} and d.code_normalized in (${sql.join(q.codes)})`);
  if (q.clickIds.length > 0 || q.tokens.length > 0) {
    const byToken = sql`select t.click_id from checkout_clicks t
      where t.workspace_id = ${ws} and t.token in (${sql.join(q.tokens.length === 0 ? [''] : q.tokens)})`;
    const ids = q.clickIds.reduce((all, id) => sql`${all} union all select ${id}`, byToken);
    arms.push(sql`select 'click' as kind, cast(null as bigint) as id, l.campaign_id, cast(null as text) as email_hash, cast(null as text) as address_hash,
      cast(null as integer) as commission_bps, cast(null as bigint) as creator_id, cast(null as text) as email, cast(null as integer) as window_days, cast(null as text) as model,
      cast(null as integer) as hold_days, cast(null as text) as code, cast(null as text) as code_normalized, cast(null as bigint) as code_campaign_id, k.click_id,
      k.visitor_id, k.clicked_at, k.referrer, l."key", l.enrollment_id, k.workspace_id, cast(null as bigint) as order_id,
      cast(null as text) as placed_at
      from clicks k inner join tracked_links l on l.id = k.link_id
      where k.click_id in (${ids})`);
  }
  if (q.customer) {
    arms.push(sql`select 'earlier' as kind, cast(null as bigint) as id, cast(null as bigint) as campaign_id, cast(null as text) as email_hash,
      cast(null as text) as address_hash, cast(null as integer) as commission_bps, cast(null as bigint) as creator_id, cast(null as text) as email, cast(null as integer) as window_days,
      cast(null as text) as model, cast(null as integer) as hold_days, cast(null as text) as code, cast(null as text) as code_normalized, cast(null as bigint) as code_campaign_id,
      cast(null as text) as click_id, cast(null as text) as visitor_id, cast(null as text) as clicked_at, cast(null as text) as referrer, cast(null as text) as "key",
      cast(null as bigint) as enrollment_id, cast(null as bigint) as workspace_id, e.id as order_id, cast(null as text) as placed_at
      from (select o.id from orders o where o.workspace_id = ${ws} and o.customer_key = ${q.customer.key}
        and o.id != ${q.customer.orderId} and o.placed_at < ${q.customer.placedAt} and o.cancelled_at is null
        limit 1) e`);
    // The earlier orders a creator won by code or click within the longest possible window (365 days;
    // each campaign's own is applied later), the newest 20: empty when the customer never ordered before.
    arms.push(sql`select 'won' as kind, cast(null as bigint) as id, w.campaign_id, cast(null as text) as email_hash,
      cast(null as text) as address_hash, cast(null as integer) as commission_bps, cast(null as bigint) as creator_id, cast(null as text) as email, cast(null as integer) as window_days,
      cast(null as text) as model, cast(null as integer) as hold_days, cast(null as text) as code, cast(null as text) as code_normalized, cast(null as bigint) as code_campaign_id,
      cast(null as text) as click_id, cast(null as text) as visitor_id, cast(null as text) as clicked_at, cast(null as text) as referrer, cast(null as text) as "key",
      w.enrollment_id, cast(null as bigint) as workspace_id, w.id as order_id, w.placed_at
      from (select o.id, o.placed_at, a.enrollment_id, a.campaign_id from orders o inner join attributions a on a.order_id = o.id
        where o.workspace_id = ${ws} and o.customer_key = ${q.customer.key} and o.id != ${q.customer.orderId}
        and o.placed_at < ${q.customer.placedAt} and o.cancelled_at is null and a.rule in ('discount_code', 'click')
        and o.placed_at >= ${q.customer.since}
        order by o.placed_at desc limit 20) w`);
  }
  return arms.length === 0 ? null : sql<Row>`${sql.join(arms, sql` union all `)}`;
}

/** The query's values as factsStatement places them; `since`: a year before the order (the longest window). */
interface FactsValues {
  workspaceId: unknown;
  codes: readonly unknown[];
  clickIds: readonly unknown[];
  tokens: readonly unknown[];
  customer: { key: unknown; orderId: unknown; placedAt: unknown; since: unknown } | null;
}

/**
 * An order names a code or two: up to this many, the statement is built and compiled once per shape
 * (how many codes, click ids and tokens; a known customer or not), and every webhook delivery only binds
 * its values. Building and compiling it cost this read as much as running it, and its new SQL text was
 * hashed again for the statement cache. A hostile order with more codes has its statement built for it,
 * so it cannot fill the cache with shapes.
 */
const PRECOMPILED_CODES = 8;

type FactsArgs = Record<string, string | number | undefined>;

/** The values named one by one (code0, code1…, click0…, token0…), as precompiled() takes them. */
const listed = (args: FactsArgs, list: 'code' | 'click' | 'token') =>
  Object.keys(args)
    .filter((name) => name.startsWith(list) && /^\d+$/.test(name.slice(list.length)))
    .map((name) => args[name]);

const precompiledFacts = precompiled(
  (db, a: FactsArgs) => ({
    compile: () =>
      factsStatement({
        workspaceId: a.ws,
        codes: listed(a, 'code'),
        clickIds: listed(a, 'click'),
        tokens: listed(a, 'token'),
        customer:
          a.customerKey === undefined
            ? null
            : { key: a.customerKey, orderId: a.orderId, placedAt: a.placedAt, since: a.since },
      })!.compile(db),
  }),
  // Named on Postgres: planning these nine tables cost more than reading them (prepared-statements.ts).
  { prepare: true },
);

export async function readOrderFacts(db: DB, q: OrderFactsQuery): Promise<OrderFacts> {
  const customer = q.customer && {
    ...q.customer,
    since: new Date(Date.parse(q.customer.placedAt) - 365 * 86_400_000).toISOString(),
  };
  if (q.codes.length === 0 && q.clickIds.length === 0 && q.tokens.length === 0 && !customer)
    return { codes: [], clicks: [], hasEarlierOrders: null, won: [] };
  let rows: Row[];
  if (q.codes.length <= PRECOMPILED_CODES) {
    const args: FactsArgs = { ws: q.workspaceId };
    q.codes.forEach((code, i) => (args[`code${i}`] = code));
    q.clickIds.forEach((id, i) => (args[`click${i}`] = id));
    q.tokens.forEach((token, i) => (args[`token${i}`] = token));
    if (customer)
      Object.assign(args, {
        customerKey: customer.key,
        orderId: customer.orderId,
        placedAt: customer.placedAt,
        since: customer.since,
      });
    rows = (await precompiledFacts(db, args)).rows as Row[];
  } else {
    const query = factsStatement({ ...q, customer })!.compile(db);
    prepareOnPostgres(db, query.sql);
    rows = (await db.executeQuery(query)).rows;
  }
  return {
    codes: rows.filter((r) => r.kind === 'code') as CodeFact[],
    clicks: rows.filter((r) => r.kind === 'click') as ClickFact[],
    hasEarlierOrders: q.customer ? rows.some((r) => r.kind === 'earlier') : null,
    // A UNION ALL keeps no order of its own: newest first, as the arm read them.
    won: (rows.filter((r) => r.kind === 'won') as WonOrder[]).sort((a, b) =>
      a.placed_at < b.placed_at ? 1 : a.placed_at > b.placed_at ? -1 : 0,
    ),
  };
}
