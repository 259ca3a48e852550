import type { DB } from '../connect.ts';

/** The workspace's store connections, each with the newest webhook delivery of its platform (or null). */
export async function listStoreConnections(db: DB, workspaceId: number) {
  const stores = await db
    .selectFrom('store_connections')
    .select(['platform', 'shop', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  return Promise.all(
    stores.map(async (s) => {
      const lastDelivery = await db
        .selectFrom('webhook_deliveries')
        .select(['received_at', 'topic', 'outcome', 'signature_ok'])
        .where('workspace_id', '=', workspaceId)
        .where('platform', '=', s.platform)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return { ...s, lastDelivery: lastDelivery ?? null };
    }),
  );
}
