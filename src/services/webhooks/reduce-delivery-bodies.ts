// Retention of raw order bodies: deliveries older than the retention period keep only what attribution
// needs (their connector's retainForAttribution); customer names, addresses, emails and phone numbers
// are gone. A reduced delivery can no longer be replayed. Runs periodically (runtime.ts); idempotent.
import { parseExactJson } from '../../connectors/stores/parse-exact-json.ts';
import { storeConnector } from '../../connectors/stores/registry.ts';
import type { DB } from '../../storage/connect.ts';

export async function reduceDeliveryBodies(db: DB, now: Date, retentionDays: number, batchSize = 500): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const reducedAt = now.toISOString();
  let reduced = 0;
  for (;;) {
    const rows = await db
      .selectFrom('webhook_deliveries')
      .select(['id', 'platform', 'body'])
      .where('received_at', '<', cutoff)
      .where('body_reduced_at', 'is', null)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return reduced;
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        await trx
          .updateTable('webhook_deliveries')
          .set({ body: reduceBody(row.platform, row.body), body_truncated: 1, body_reduced_at: reducedAt })
          .where('id', '=', row.id)
          .execute();
      }
    });
    reduced += rows.length;
  }
}

function reduceBody(platform: string, body: string): string {
  const connector = storeConnector(platform);
  try {
    return connector ? JSON.stringify(connector.retainForAttribution(parseExactJson(body))) : '{}';
  } catch {
    return '{}'; // not JSON (a refused or invalid delivery): nothing in it is needed
  }
}
