import type { DB } from '../connect.ts';

/** A workspace's outgoing webhook endpoints (never their secrets). */
export function listWebhookEndpoints(db: DB, workspaceId: number) {
  return db
    .selectFrom('webhook_endpoints')
    .select([
      'id',
      'url',
      'description',
      'events',
      'disabled_at',
      'disabled_reason',
      'previous_secret_until',
      'created_at',
    ])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
}
