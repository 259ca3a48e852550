// The API of the commission ledger and payouts (see operations.ts): creator statements, adjustments,
// payout details, payout batches and their lines. Writes are POSTs, like the rest of the API.
import { z } from 'zod';
import { idParam } from '../schemas/common.ts';
import {
  adjustmentAnswer,
  adjustmentBody,
  excludeLineBody,
  exportQuery,
  failLineBody,
  markPaidAnswer,
  markPaidBody,
  payoutBatchListSchema,
  payoutBatchSchema,
  payoutDetailsAnswer,
  payoutDetailsBody,
  prepareBatchBody,
  sendBatchAnswer,
  sendBatchBody,
  statementQuery,
  statementSchema,
} from '../schemas/payouts.ts';
import type { Operation } from './operation.ts';

const ok = (description: string, schema: z.ZodType) => ({ description, schema });
const json = (schema: z.ZodType) => ({ schema, contentType: 'application/json' as const });
const creatorParam = z.object({ id: z.coerce.number().int().positive().describe('the creator id') });
const lineParam = z.object({ id: z.coerce.number().int().positive().describe('the payout line id') });
const batchAnswer = { 200: ok('The batch after the change', payoutBatchSchema) };

export const PAYOUT_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/creators/{id}/statement',
    tag: 'Payouts',
    auth: 'session',
    summary: "A creator's statement: every ledger entry (what, when, why) and her balances",
    description:
      'Balance = payable accruals + fees + adjustments − reversals − payouts; commission becomes payable after the campaign’s hold period (order time + hold_days).',
    params: creatorParam,
    query: statementQuery,
    responses: { 200: ok('The statement', statementSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/creators/{id}/adjustments',
    tag: 'Payouts',
    auth: 'session',
    summary: "Adjust a creator's balance with a reason",
    description: 'Send an Idempotency-Key header: a retry with the same key adds nothing.',
    params: creatorParam,
    headers: [{ name: 'Idempotency-Key', description: 'any unique string; repeats add nothing', required: false }],
    body: json(adjustmentBody),
    responses: {
      201: ok('Booked', adjustmentAnswer),
      200: ok('Already booked under this Idempotency-Key', adjustmentAnswer),
    },
  },
  {
    method: 'get',
    path: '/api/v1/creators/{id}/payout-details',
    tag: 'Payouts',
    auth: 'session',
    summary: "A creator's payout details and tax form fields (identifiers masked)",
    params: creatorParam,
    responses: { 200: ok('The details, or null', payoutDetailsAnswer) },
  },
  {
    method: 'post',
    path: '/api/v1/creators/{id}/payout-details',
    tag: 'Payouts',
    auth: 'session',
    summary: "Set a creator's payout details and W-9 / W-8BEN fields (encrypted at rest)",
    params: creatorParam,
    body: json(payoutDetailsBody),
    responses: { 200: ok('The details as stored (masked)', payoutDetailsAnswer) },
  },
  {
    method: 'get',
    path: '/api/v1/payouts/batches',
    tag: 'Payouts',
    auth: 'session',
    summary: 'Payout batches, newest first (100 at most)',
    responses: { 200: ok('The batches', payoutBatchListSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/payouts/batches',
    tag: 'Payouts',
    auth: 'session',
    summary: 'Prepare a batch of everything payable: one line per creator per currency',
    body: json(prepareBatchBody),
    responses: { 201: ok('The draft batch', payoutBatchSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/payouts/batches/{id}',
    tag: 'Payouts',
    auth: 'session',
    summary: 'A payout batch with its lines',
    params: idParam,
    responses: { 200: ok('The batch', payoutBatchSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/payouts/batches/{id}/export.csv',
    tag: 'Payouts',
    auth: 'session',
    summary: 'The batch as a payment file: PayPal Payouts, Wise batch or bank CSV',
    params: idParam,
    query: exportQuery,
    responses: {
      200: { description: 'The file (CRLF rows)', contentType: 'text/csv', schema: z.string() },
    },
  },
  {
    method: 'post',
    path: '/api/v1/payouts/batches/{id}/paid',
    tag: 'Payouts',
    auth: 'session',
    summary: 'Mark the batch paid (after uploading its file): each line becomes a payout in the ledger',
    params: idParam,
    body: json(markPaidBody),
    responses: { 200: ok('The batch and the lines this call paid', markPaidAnswer) },
  },
  {
    method: 'post',
    path: '/api/v1/payouts/batches/{id}/send',
    tag: 'Payouts',
    auth: 'session',
    summary: 'Pay the batch by API: Stripe Connect transfers or a PayPal payout',
    description:
      'Each Stripe transfer carries Idempotency-Key microreach-payout-line-<id>; a PayPal payout carries sender_batch_id microreach-<batch>-<currency>. Sending again after a timeout never pays twice.',
    params: idParam,
    body: json(sendBatchBody),
    responses: { 200: ok('What was paid, is pending or failed', sendBatchAnswer) },
  },
  {
    method: 'post',
    path: '/api/v1/payouts/lines/{id}/exclude',
    tag: 'Payouts',
    auth: 'session',
    summary: 'Exclude a line of a draft batch, with a reason (its money stays payable)',
    params: lineParam,
    body: json(excludeLineBody),
    responses: batchAnswer,
  },
  {
    method: 'post',
    path: '/api/v1/payouts/lines/{id}/include',
    tag: 'Payouts',
    auth: 'session',
    summary: 'Include an excluded line again',
    params: lineParam,
    responses: batchAnswer,
  },
  {
    method: 'post',
    path: '/api/v1/payouts/lines/{id}/fail',
    tag: 'Payouts',
    auth: 'session',
    summary: 'A paid line was returned: its money goes back to payable with the reason',
    params: lineParam,
    body: json(failLineBody),
    responses: batchAnswer,
  },
];

const webhookAnswer = z.object({ ok: z.boolean(), outcome: z.string().optional(), error: z.string().optional() });

/** Provider webhooks (public, signed): they settle lines sent by API. */
export const PAYOUT_WEBHOOK_OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/payout-webhooks/stripe',
    tag: 'Public',
    auth: 'signature',
    summary: 'Stripe webhooks: transfer.created (paid) and transfer.reversed (back to payable)',
    headers: [
      { name: 'Stripe-Signature', description: 't=<unix time>,v1=<hex HMAC-SHA256 of "t.body">', required: true },
    ],
    body: json(z.object({}).passthrough()),
    responses: {
      200: ok('Applied (or ignored: another event type, an unknown line)', webhookAnswer),
      400: ok('Not an event of the expected shape', webhookAnswer),
      401: ok('Bad or stale signature, or Stripe not configured', webhookAnswer),
    },
  },
  {
    method: 'post',
    path: '/payout-webhooks/paypal',
    tag: 'Public',
    auth: 'signature',
    summary: 'PayPal webhooks: PAYMENT.PAYOUTS-ITEM.* settle lines (verified with PayPal)',
    headers: [
      {
        name: 'PAYPAL-TRANSMISSION-SIG',
        description: 'checked by POST /v1/notifications/verify-webhook-signature',
        required: true,
      },
    ],
    body: json(z.object({}).passthrough()),
    responses: {
      200: ok('Applied (or ignored)', webhookAnswer),
      400: ok('Not an event of the expected shape', webhookAnswer),
      401: ok('PayPal did not verify the signature, or PayPal not configured', webhookAnswer),
    },
  },
];
