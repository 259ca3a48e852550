import type { Kysely } from 'kysely';
import type { AttributionRule, Database } from '../schema.ts';

export interface OrderListQuery {
  campaignId?: number;
  rule?: AttributionRule;
  offset: number;
  limit: number;
}

/** Orders of a workspace, newest first, with their attribution and refunded total. */
export async function listOrders(db: Kysely<Database>, workspaceId: number, q: OrderListQuery) {
  let query = db
    .selectFrom('orders as o')
    .leftJoin('attributions as a', 'a.order_id', 'o.id')
    .where('o.workspace_id', '=', workspaceId);
  if (q.campaignId !== undefined) query = query.where('a.campaign_id', '=', q.campaignId);
  if (q.rule !== undefined) query = query.where('a.rule', '=', q.rule);
  const [{ total }, items] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    query
      .select([
        'o.id',
        'o.source',
        'o.external_id',
        'o.name',
        'o.currency',
        'o.placed_at',
        'o.subtotal_minor',
        'o.total_minor',
        'o.financial_status',
        'o.cancelled_at',
        'o.codes',
        'a.rule',
        'a.campaign_id',
        'a.enrollment_id',
        'a.evidence',
        'a.flags',
        'a.is_repeat',
        'a.is_new_customer',
        (eb) =>
          eb
            .selectFrom('order_refunds as r')
            .select((e) => e.fn.coalesce(e.fn.sum<number>('r.amount_minor'), e.lit(0)).as('s'))
            .whereRef('r.order_id', '=', 'o.id')
            .as('refunded_minor'),
      ])
      .orderBy('o.placed_at', 'desc')
      .orderBy('o.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
  ]);
  return { total: Number(total), items };
}
