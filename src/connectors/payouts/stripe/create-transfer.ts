// Stripe Connect: POST /v1/transfers (form-encoded) moves money from the platform balance to a connected
// Express account. The Idempotency-Key header makes a retry after a timeout return the same transfer.
// https://docs.stripe.com/api/transfers/create
import { z } from 'zod';
import { postToProvider, ProviderError } from '../provider-error.ts';

export const stripeTransferSchema = z.object({
  id: z.string().regex(/^tr_/),
  object: z.literal('transfer'),
  amount: z.number().int(),
  currency: z.string(),
  destination: z.string().nullable(),
  metadata: z.record(z.string(), z.string()),
});
const stripeErrorSchema = z.object({
  error: z.object({ message: z.string().optional(), code: z.string().optional() }),
});

export interface StripeTransferInput {
  amountMinor: number;
  /** ISO 4217, any case (Stripe takes lower case). */
  currency: string;
  destination: string;
  transferGroup: string;
  metadata: Record<string, string>;
}

export async function createStripeTransfer(
  api: { apiUrl: string; secretKey: string; fetch?: typeof fetch; timeoutMs?: number },
  input: StripeTransferInput,
  idempotencyKey: string,
): Promise<z.infer<typeof stripeTransferSchema>> {
  const form = new URLSearchParams({
    amount: String(input.amountMinor),
    currency: input.currency.toLowerCase(),
    destination: input.destination,
    transfer_group: input.transferGroup,
  });
  for (const [k, v] of Object.entries(input.metadata)) form.set(`metadata[${k}]`, v);
  const { status, json } = await postToProvider('Stripe', `${api.apiUrl}/v1/transfers`, {
    headers: {
      authorization: `Bearer ${api.secretKey}`,
      'content-type': 'application/x-www-form-urlencoded',
      'idempotency-key': idempotencyKey,
    },
    body: form.toString(),
    timeoutMs: api.timeoutMs ?? 30_000,
    fetch: api.fetch,
  });
  if (status >= 200 && status < 300) {
    const parsed = stripeTransferSchema.safeParse(json);
    if (!parsed.success)
      throw new ProviderError(
        'Stripe',
        `answered a transfer of an unexpected shape (${parsed.error.issues[0]?.path.join('.')})`,
        false,
      );
    return parsed.data;
  }
  const error = stripeErrorSchema.safeParse(json);
  const message = error.success ? (error.data.error.message ?? error.data.error.code ?? 'error') : 'error';
  throw new ProviderError('Stripe', `${status} ${message}`, status >= 500 || status === 429);
}
