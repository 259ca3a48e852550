// "Send test event": a `webhook.test` event to one endpoint only, delivered like any other.
import { notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { emitEvent } from './emit-event.ts';

export async function sendTestEvent(db: DB, workspaceId: number, endpointId: number, now: Date) {
  const endpoint = await db
    .selectFrom('webhook_endpoints')
    .select(['id', 'disabled_at'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', endpointId)
    .executeTakeFirst();
  if (!endpoint) throw notFound(`Webhook endpoint ${endpointId}`);
  return emitEvent(db, workspaceId, 'webhook.test', { message: 'a test event from microreach' }, now, {
    onlyEndpointId: endpointId,
  });
}
