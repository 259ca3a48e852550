// A new signing secret for an endpoint; the old one keeps signing next to it (two v1 signatures) until
// the overlap ends, so receivers can switch without dropping a message.
import { notFound } from '../../core/app-error.ts';
import { SECRET_OVERLAP_MS } from '../../core/webhooks/retry-schedule.ts';
import { newWebhookSecret } from '../../core/webhooks/sign-webhook.ts';
import type { DB } from '../../storage/connect.ts';
import { sealEndpointSecret } from './endpoint-secrets.ts';

export async function rotateEndpointSecret(
  db: DB,
  key: Buffer,
  workspaceId: number,
  endpointId: number,
  now: Date,
  overlapMs = SECRET_OVERLAP_MS,
): Promise<{ secret: string; previousSignsUntil: string }> {
  const endpoint = await db
    .selectFrom('webhook_endpoints')
    .select(['secret_ciphertext'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', endpointId)
    .executeTakeFirst();
  if (!endpoint) throw notFound(`Webhook endpoint ${endpointId}`);
  const secret = newWebhookSecret();
  const until = new Date(now.getTime() + overlapMs).toISOString();
  await db
    .updateTable('webhook_endpoints')
    .set({
      secret_ciphertext: sealEndpointSecret(key, workspaceId, secret),
      previous_secret_ciphertext: endpoint.secret_ciphertext,
      previous_secret_until: until,
      updated_at: now.toISOString(),
    })
    .where('id', '=', endpointId)
    .execute();
  return { secret, previousSignsUntil: until };
}
