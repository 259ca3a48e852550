// Adds an outgoing webhook endpoint to a workspace and returns its signing secret — the only time the
// secret is shown (it is stored sealed).
import { AppError } from '../../core/app-error.ts';
import { isWebhookEventType, WEBHOOK_EVENT_TYPES } from '../../core/webhooks/event-types.ts';
import { newWebhookSecret } from '../../core/webhooks/sign-webhook.ts';
import type { DB } from '../../storage/connect.ts';
import { sealEndpointSecret } from './endpoint-secrets.ts';

export interface NewEndpoint {
  url: string;
  events: string[];
  description?: string | null;
}

export async function createEndpoint(
  db: DB,
  key: Buffer,
  workspaceId: number,
  input: NewEndpoint,
  now: Date,
): Promise<{ id: number; url: string; events: string[]; secret: string }> {
  if (!URL.canParse(input.url) || !/^https?:$/.test(new URL(input.url).protocol))
    throw new AppError('validation_failed', `"${input.url}" is not an http(s) URL`, [
      { path: 'url', message: 'an http(s) URL' },
    ]);
  const unknown = input.events.filter((e) => !isWebhookEventType(e) || e === 'webhook.test');
  if (unknown.length > 0)
    throw new AppError(
      'validation_failed',
      `Unknown event types: ${unknown.join(', ')} (known: ${WEBHOOK_EVENT_TYPES.join(', ')})`,
      [{ path: 'events', message: `unknown: ${unknown.join(', ')}` }],
    );
  const secret = newWebhookSecret();
  const at = now.toISOString();
  const events = [...new Set(input.events)];
  const row = await db
    .insertInto('webhook_endpoints')
    .values({
      workspace_id: workspaceId,
      url: input.url,
      description: input.description ?? null,
      events: JSON.stringify(events),
      secret_ciphertext: sealEndpointSecret(key, workspaceId, secret),
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), url: input.url, events, secret };
}
