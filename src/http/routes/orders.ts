import { Hono } from 'hono';
import { presentOrder } from '../../presenters/present-order.ts';
import { listOrders } from '../../storage/orders/list-orders.ts';
import type { AppEnv } from '../context.ts';
import { orderListQuery } from '../schemas/orders.ts';
import { parseWith } from '../validate.ts';

export { orderListQuery };

export const orderRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const q = parseWith(orderListQuery, c.req.query(), 'query');
  const result = await listOrders(c.get('deps').db, c.get('actor').workspaceId, {
    campaignId: q.campaign_id, rule: q.rule, offset: (q.page - 1) * q.per_page, limit: q.per_page,
  });
  return c.json({ items: result.items.map(presentOrder), page: q.page, per_page: q.per_page, total: result.total });
});
