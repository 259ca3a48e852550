// The webhook intake recipe: raw body → constant-time signature check → topic allow-list →
// resolve the workspace → store the delivery → one handler per topic → idempotent on the external
// ids → log status and duration. The workspace is resolved first only because its secret is needed
// to check the signature; an unknown workspace is refused without storing anything.
import { createHash } from 'node:crypto';
import type { StoreConnector } from '../../connectors/stores/store-connector.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import type { StoreSecrets } from '../stores/store-secrets.ts';
import type { DeliveryResult, DeliveryWriter } from './delivery-writer.ts';
import { parseDelivery } from './parse-delivery.ts';

/** Bodies of deliveries with a bad signature are kept only up to this size. */
export const BAD_SIGNATURE_BODY_CAP = 8 * 1024;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface WebhookReply {
  status: 200 | 202 | 400 | 401 | 404 | 500;
  body: { ok: boolean; delivery_id?: number; outcome?: string; error?: string; order_id?: number | null };
}

export interface IntakeDeps {
  secrets: StoreSecrets;
  writer: DeliveryWriter;
  log: (line: string) => void;
}

export async function receiveWebhook(
  deps: IntakeDeps, connector: StoreConnector<StorePlatform>, workspaceSlug: string, header: (name: string) => string | undefined, raw: Buffer,
): Promise<WebhookReply> {
  const started = Date.now();
  const platform = connector.id;
  const names = connector.headers;
  const target = await deps.secrets.get(workspaceSlug, platform);
  if (!target) return { status: 404, body: { ok: false, error: `No workspace "${workspaceSlug}"` } };
  const signatureOk = target.secret !== null && connector.verifySignature(target.secret, raw, header(names.signature));
  const topic = header(names.topic) ?? '(none)';
  const body = raw.toString('utf8');
  const headers: Record<string, string> = {};
  for (const name of names.keep) {
    const value = header(name);
    if (value !== undefined) headers[name] = value.slice(0, 500);
  }
  // WooCommerce pings the URL (unsigned, body "webhook_id=N") when a webhook is saved and refuses to save
  // it unless the answer is 2xx: a ping is accepted and ignored whatever its signature.
  const ping = connector.isPing(body);
  const action = signatureOk || ping ? parseDelivery(platform, topic, body) : null;
  const truncated = !signatureOk && body.length > BAD_SIGNATURE_BODY_CAP;
  const result: DeliveryResult = await deps.writer.submit({
    workspaceId: target.workspaceId, platform, topic, ping,
    externalId: header(names.deliveryId) || (signatureOk ? `sha256:${createHash('sha256').update(raw).digest('hex')}` : null),
    headers, body: truncated ? body.slice(0, BAD_SIGNATURE_BODY_CAP) : body, bodyBytes: raw.length, bodyTruncated: truncated,
    signatureOk, action, receivedAt: started,
  });
  deps.log(`[webhook] ${platform} ${workspaceSlug} ${topic} delivery=${result.deliveryId} ${result.outcome}${result.error ? ` (${result.error})` : ''} ${Date.now() - started}ms`);
  const body_ = { delivery_id: result.deliveryId, outcome: result.outcome, order_id: result.orderId };
  switch (result.outcome) {
    case 'bad_signature':
      return { status: 401, body: { ok: false, ...body_, error: target.secret === null ? `No ${platform} store is connected to this workspace` : 'Signature does not match' } };
    case 'invalid':
      return { status: 400, body: { ok: false, ...body_, error: result.error ?? 'invalid payload' } };
    case 'pending':
      return { status: 202, body: { ok: true, ...body_ } };
    case 'failed':
      return { status: 500, body: { ok: false, ...body_, error: result.error ?? 'processing failed' } };
    default:
      return { status: 200, body: { ok: true, ...body_ } };
  }
}
