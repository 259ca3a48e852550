// PayPal Payouts API: an OAuth 2.0 client-credentials token (POST /v1/oauth2/token), then
// POST /v1/payments/payouts with a sender_batch_id PayPal pays only once within 30 days (a retry after a
// 5xx or a timeout is safe; a repeat is refused as a duplicate, which means it was already accepted).
// https://developer.paypal.com/api/payments.payouts-batch/v1/#payouts_post
import { z } from 'zod';
import { postToProvider, ProviderError } from '../provider-error.ts';

const tokenSchema = z.object({ access_token: z.string().min(1), token_type: z.string() });
const createdSchema = z.object({
  batch_header: z.object({
    payout_batch_id: z.string().min(1),
    batch_status: z.enum(['DENIED', 'PENDING', 'PROCESSING', 'SUCCESS', 'CANCELED']),
    sender_batch_header: z.object({ sender_batch_id: z.string() }),
  }),
});
const errorSchema = z.object({ name: z.string().optional(), message: z.string().optional() });

export interface PayPalApi {
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export async function payPalToken(api: PayPalApi): Promise<string> {
  const { status, json } = await postToProvider('PayPal', `${api.apiUrl}/v1/oauth2/token`, {
    headers: {
      authorization: `Basic ${Buffer.from(`${api.clientId}:${api.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
    timeoutMs: api.timeoutMs ?? 30_000,
    fetch: api.fetch,
  });
  const token = tokenSchema.safeParse(json);
  if (status !== 200 || !token.success)
    throw new ProviderError('PayPal', `token request answered ${status}`, status >= 500);
  return token.data.access_token;
}

export interface PayPalPayoutInput {
  senderBatchId: string;
  items: { receiver: string; value: string; currency: string; senderItemId: string; note: string }[];
}

export async function createPayPalPayout(
  api: PayPalApi,
  input: PayPalPayoutInput,
): Promise<{ payoutBatchId: string; status: string }> {
  const token = await payPalToken(api);
  const { status, json } = await postToProvider('PayPal', `${api.apiUrl}/v1/payments/payouts`, {
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      sender_batch_header: {
        sender_batch_id: input.senderBatchId,
        recipient_type: 'EMAIL',
        email_subject: 'You have a payout',
      },
      items: input.items.map((i) => ({
        recipient_type: 'EMAIL',
        amount: { value: i.value, currency: i.currency },
        receiver: i.receiver,
        sender_item_id: i.senderItemId,
        note: i.note,
        recipient_wallet: 'PAYPAL',
      })),
    }),
    timeoutMs: api.timeoutMs ?? 30_000,
    fetch: api.fetch,
  });
  if (status === 201 || status === 200) {
    const created = createdSchema.safeParse(json);
    if (!created.success) throw new ProviderError('PayPal', 'answered a payout of an unexpected shape', false);
    return { payoutBatchId: created.data.batch_header.payout_batch_id, status: created.data.batch_header.batch_status };
  }
  const error = errorSchema.safeParse(json);
  const name = error.success ? error.data.name : undefined;
  // Already accepted under this sender_batch_id (an earlier try whose answer was lost): not a failure.
  if (
    status === 400 &&
    name === 'USER_BUSINESS_ERROR' &&
    /sender_batch_id|DUPLICATE_REQUEST_ID/i.test(JSON.stringify(json))
  )
    return { payoutBatchId: input.senderBatchId, status: 'PENDING' };
  throw new ProviderError(
    'PayPal',
    `${status} ${name ?? ''} ${error.success ? (error.data.message ?? '') : ''}`.trim(),
    status >= 500 || status === 429,
  );
}
