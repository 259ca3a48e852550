import type { Kysely } from 'kysely';
import type { Database, DeliveryOutcome } from '../schema.ts';

/** Webhook deliveries of a workspace, newest first (bodies left out: fetch one delivery for it). */
export async function listDeliveries(
  db: Kysely<Database>,
  workspaceId: number,
  q: { outcome?: DeliveryOutcome; offset: number; limit: number },
) {
  let query = db.selectFrom('webhook_deliveries').where('workspace_id', '=', workspaceId);
  if (q.outcome) query = query.where('outcome', '=', q.outcome);
  const [{ total }, items] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    query
      .select([
        'id',
        'platform',
        'topic',
        'external_id',
        'signature_ok',
        'body_bytes',
        'body_truncated',
        'outcome',
        'error',
        'order_id',
        'attempts',
        'received_at',
        'processed_at',
        'duration_ms',
      ])
      .orderBy('id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
  ]);
  return { total: Number(total), items };
}
