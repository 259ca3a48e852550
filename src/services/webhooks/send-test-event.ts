// "Send test event": a `webhook.test` event to one endpoint only, delivered like any other.
import { AppError, notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { emitEvent } from './emit-event.ts';

export async function sendTestEvent(db: DB, workspaceId: number, endpointId: number, now: Date) {
  const endpoint = await db
    .selectFrom('webhook_endpoints')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', endpointId)
    .executeTakeFirst();
  if (!endpoint) throw notFound(`Webhook endpoint ${endpointId}`);
  const sent = await emitEvent(db, workspaceId, 'webhook.test', { message: 'a test event from microreach' }, now, {
    onlyEndpointId: endpointId,
  });
  // A disabled endpoint receives nothing, so no event is recorded for it: say why instead.
  if (sent.eventId === null)
    throw new AppError('conflict', `Webhook endpoint ${endpointId} is disabled; enable it to send it a test event`);
  return { eventId: sent.eventId, sends: sent.sends };
}
