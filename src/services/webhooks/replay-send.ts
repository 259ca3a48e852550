// Sends an event again to the endpoint of an earlier send (the delivery log's "replay"): a new send of
// the same message (same webhook-id, so receivers deduplicate), with its own job and log line.
import { notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { queueSend } from './emit-event.ts';

export async function replaySend(db: DB, workspaceId: number, sendId: number, now: Date): Promise<number> {
  const send = await db
    .selectFrom('webhook_sends')
    .select(['endpoint_id', 'event_id'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', sendId)
    .executeTakeFirst();
  if (!send) throw notFound(`Webhook delivery ${sendId}`);
  return queueSend(db, workspaceId, send.endpoint_id, send.event_id, now, sendId);
}
