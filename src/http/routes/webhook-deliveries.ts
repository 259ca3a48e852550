import { Hono } from 'hono';
import { replayDelivery } from '../../services/webhooks/replay-delivery.ts';
import { listDeliveries } from '../../storage/webhooks/list-deliveries.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { deliveryListQuery } from '../schemas/orders.ts';
import { parseWith } from '../validate.ts';

export { deliveryListQuery };

export const deliveryRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const q = parseWith(deliveryListQuery, c.req.query(), 'query');
    const result = await listDeliveries(c.get('deps').db, c.get('actor').workspaceId, { outcome: q.outcome, offset: (q.page - 1) * q.per_page, limit: q.per_page });
    return c.json({
      items: result.items.map((d) => ({ ...d, signature_ok: d.signature_ok === 1, body_truncated: d.body_truncated === 1 })),
      page: q.page, per_page: q.per_page, total: result.total,
    });
  })
  .post('/:id/replay', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const result = await replayDelivery(c.get('deps').db, id, c.get('actor').workspaceId);
    return c.json({ id, outcome: result.outcome, error: result.error, order_id: result.orderId });
  });
