// The webhook intake recipe: raw body → constant-time signature check (nothing user-supplied is parsed
// before it, except the platform's ping rule: a linear scan of a small body) → topic allow-list →
// store the delivery → one handler per topic → idempotent on the external ids → log status and
// duration. An unknown workspace, a store that is not connected and a wrong signature get the same
// answer, so the intake does not reveal which workspace slugs exist. Unsigned deliveries are counted
// per workspace and only a bounded sample of them is stored.
import { createHash } from 'node:crypto';
import type { StoreConnector } from '../../connectors/stores/store-connector.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import { SealedWithAnotherKeyError } from '../secrets/open-sealed-secret.ts';
import type { StoreSecrets } from '../stores/store-secrets.ts';
import type { DeliveryResult, DeliveryWriter } from './delivery-writer.ts';
import { parseDelivery } from './parse-delivery.ts';

/** Bodies of deliveries with a bad signature are kept (in the bounded sample) only up to this size. */
export const BAD_SIGNATURE_BODY_CAP = 8 * 1024;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** A ping is a few bytes ("webhook_id=12"); a larger unsigned body is never read as one. */
export const PING_MAX_BYTES = 1024;

export interface WebhookReply {
  status: 200 | 202 | 400 | 401 | 500 | 503;
  body: { ok: boolean; delivery_id?: number; outcome?: string; error?: string; order_id?: number | null };
}

export interface IntakeDeps {
  secrets: StoreSecrets;
  writer: DeliveryWriter;
  log: (line: string) => void;
}

const REFUSED: WebhookReply = { status: 401, body: { ok: false, error: 'Signature does not match' } };
const UNCHECKED: WebhookReply = {
  status: 503,
  body: { ok: false, error: 'The delivery cannot be checked now; send it again' },
};
const PING: WebhookReply = { status: 200, body: { ok: true, outcome: 'ignored' } };

export async function receiveWebhook(
  deps: IntakeDeps,
  connector: StoreConnector<StorePlatform>,
  workspaceSlug: string,
  header: (name: string) => string | undefined,
  raw: Buffer,
): Promise<WebhookReply> {
  const started = Date.now();
  const platform = connector.id;
  const names = connector.headers;
  const target = await deps.secrets.get(workspaceSlug, platform).catch((error: unknown) => {
    if (error instanceof SealedWithAnotherKeyError) return error;
    throw error;
  });
  if (target instanceof SealedWithAnotherKeyError) {
    // The operator's problem, said in full in the log; the store only learns to send it again later.
    deps.log(`[webhook] ${platform} ${workspaceSlug.slice(0, 60)} NOT CHECKED: ${target.message}`);
    return UNCHECKED;
  }
  const signatureOk = !!target?.secret && connector.verifySignature(target.secret, raw, header(names.signature));
  const topic = (header(names.topic) ?? '(none)').slice(0, 200);
  const headers: Record<string, string> = {};
  for (const name of names.keep) {
    const value = header(name);
    if (value !== undefined) headers[name] = value.slice(0, 500);
  }
  if (!signatureOk) {
    // WooCommerce pings the URL (unsigned, body "webhook_id=N") when a webhook is saved and refuses to save
    // it unless the answer is 2xx: a ping is accepted and ignored, whatever the slug, and not stored.
    const ping = raw.length <= PING_MAX_BYTES && connector.isPing(raw.toString('utf8'));
    if (target) {
      const sample = raw.subarray(0, BAD_SIGNATURE_BODY_CAP).toString('utf8');
      await deps.writer
        .submit({
          workspaceId: target.workspaceId,
          platform,
          topic,
          ping,
          externalId: null,
          headers,
          body: sample,
          bodyBytes: raw.length,
          bodyTruncated: raw.length > BAD_SIGNATURE_BODY_CAP,
          signatureOk: false,
          action: null,
          receivedAt: started,
        })
        .catch((error: Error) => deps.log(`[webhook] could not count an unsigned delivery: ${error.message}`));
    }
    deps.log(
      `[webhook] ${platform} ${workspaceSlug.slice(0, 60)} ${topic} ${ping ? 'unsigned ping' : 'refused: signature'} ${Date.now() - started}ms`,
    );
    return ping ? PING : REFUSED;
  }
  const body = raw.toString('utf8');
  const action = parseDelivery(platform, topic, body);
  let result: DeliveryResult;
  try {
    result = await deps.writer.submit({
      workspaceId: target.workspaceId,
      platform,
      topic,
      ping: false,
      externalId: header(names.deliveryId)?.slice(0, 200) || `sha256:${createHash('sha256').update(raw).digest('hex')}`,
      headers,
      body,
      bodyBytes: raw.length,
      bodyTruncated: false,
      signatureOk: true,
      action,
      receivedAt: started,
    });
  } catch (error) {
    // Not even the raw delivery could be stored: the store must send it again (it retries on 5xx).
    deps.log(`[webhook] ${platform} ${workspaceSlug} ${topic} NOT STORED: ${(error as Error).message}`);
    return { status: 503, body: { ok: false, error: 'The delivery could not be stored; send it again' } };
  }
  deps.log(
    `[webhook] ${platform} ${workspaceSlug} ${topic} delivery=${result.deliveryId} ${result.outcome}${result.error ? ` (${result.error})` : ''} ${Date.now() - started}ms`,
  );
  const reply = { delivery_id: result.deliveryId ?? undefined, outcome: result.outcome, order_id: result.orderId };
  switch (result.outcome) {
    case 'invalid':
      return { status: 400, body: { ok: false, ...reply, error: result.error ?? 'invalid payload' } };
    case 'failed':
      return { status: 500, body: { ok: false, ...reply, error: result.error ?? 'processing failed' } };
    case 'pending':
      return { status: 202, body: { ok: true, ...reply } };
    default:
      return { status: 200, body: { ok: true, ...reply } };
  }
}
