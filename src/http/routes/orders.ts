import { Hono } from 'hono';
import { presentOrder } from '../../presenters/present-order.ts';
import { presentPage } from '../../presenters/present-page.ts';
import { listOrders } from '../../storage/orders/list-orders.ts';
import type { AppEnv } from '../context.ts';
import { pageWindow } from '../../core/page-window.ts';
import { orderListQuery } from '../schemas/orders.ts';
import { parseWith } from '../validate.ts';

export const orderRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const q = parseWith(orderListQuery, c.req.query(), 'query');
  const result = await listOrders(c.get('deps').db, c.get('actor').workspaceId, {
    campaignId: q.campaign_id,
    rule: q.rule,
    ...pageWindow(q),
  });
  return c.json(presentPage(q, result.total, result.items.map(presentOrder)));
});
