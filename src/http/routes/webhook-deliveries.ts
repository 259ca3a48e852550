import { Hono } from 'hono';
import { presentDelivery } from '../../presenters/present-delivery.ts';
import { presentPage } from '../../presenters/present-page.ts';
import { replayDelivery } from '../../services/webhooks/replay-delivery.ts';
import { listDeliveries } from '../../storage/webhooks/list-deliveries.ts';
import type { AppEnv } from '../context.ts';
import { pageWindow } from '../../core/page-window.ts';
import { idParam } from '../schemas/common.ts';
import { deliveryListQuery } from '../schemas/orders.ts';
import { parseWith } from '../validate.ts';

export const deliveryRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const q = parseWith(deliveryListQuery, c.req.query(), 'query');
    const result = await listDeliveries(c.get('deps').db, c.get('actor').workspaceId, {
      outcome: q.outcome,
      ...pageWindow(q),
    });
    return c.json(presentPage(q, result.total, result.items.map(presentDelivery)));
  })
  .post('/:id/replay', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const result = await replayDelivery(c.get('deps').db, id, c.get('actor').workspaceId);
    return c.json({ id, outcome: result.outcome, error: result.error, order_id: result.orderId });
  });
