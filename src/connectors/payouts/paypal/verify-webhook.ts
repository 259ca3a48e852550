// PayPal webhook signatures are checked by PayPal itself: POST /v1/notifications/verify-webhook-signature
// with the PAYPAL-* transmission headers, our webhook id and the event as received; SUCCESS or FAILURE.
// https://developer.paypal.com/api/webhooks/v1/#verify-webhook-signature_post
import { z } from 'zod';
import { postToProvider } from '../provider-error.ts';
import { type PayPalApi, payPalToken } from './create-payout.ts';

export const PAYPAL_SIGNATURE_HEADERS = [
  'paypal-auth-algo',
  'paypal-cert-url',
  'paypal-transmission-id',
  'paypal-transmission-sig',
  'paypal-transmission-time',
] as const;

const answerSchema = z.object({ verification_status: z.enum(['SUCCESS', 'FAILURE']) });

export async function verifyPayPalWebhook(
  api: PayPalApi,
  webhookId: string,
  headers: (name: string) => string | undefined,
  event: unknown,
): Promise<boolean> {
  const values = PAYPAL_SIGNATURE_HEADERS.map((h) => headers(h));
  if (values.some((v) => !v)) return false;
  const [authAlgo, certUrl, transmissionId, transmissionSig, transmissionTime] = values as string[];
  const token = await payPalToken(api);
  const { status, json } = await postToProvider('PayPal', `${api.apiUrl}/v1/notifications/verify-webhook-signature`, {
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      auth_algo: authAlgo,
      cert_url: certUrl,
      transmission_id: transmissionId,
      transmission_sig: transmissionSig,
      transmission_time: transmissionTime,
      webhook_id: webhookId,
      webhook_event: event,
    }),
    timeoutMs: api.timeoutMs ?? 30_000,
    fetch: api.fetch,
  });
  const answer = answerSchema.safeParse(json);
  return status === 200 && answer.success && answer.data.verification_status === 'SUCCESS';
}
