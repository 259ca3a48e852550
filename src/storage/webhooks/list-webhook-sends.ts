import type { DB } from '../connect.ts';

/** The delivery log of one endpoint of a workspace, newest first (at most `limit`). */
export function listWebhookSends(db: DB, workspaceId: number, endpointId: number, limit = 100) {
  return db
    .selectFrom('webhook_sends as s')
    .innerJoin('webhook_events as v', 'v.id', 's.event_id')
    .select([
      's.id',
      's.endpoint_id',
      'v.message_id',
      'v.type',
      's.status',
      's.attempts',
      's.last_status_code',
      's.last_error',
      's.last_attempt_at',
      's.delivered_at',
      's.latency_ms',
      's.replay_of',
      's.created_at',
    ])
    .where('s.workspace_id', '=', workspaceId)
    .where('s.endpoint_id', '=', endpointId)
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
}
