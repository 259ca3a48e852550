// The ledger and payouts API (types from src/http/schemas/payouts.ts, erased by the build).
import type {
  MarkPaidBody,
  PayoutBatchBody,
  PayoutDetailsAnswerBody,
  StatementBody,
} from '../../../src/http/schemas/payouts.ts';
import { api } from './api.ts';

export type { PayoutBatchBody, PayoutDetailsAnswerBody, StatementBody };
export const PAYOUT_FILES = ['paypal-csv', 'wise-csv', 'bank-csv'] as const;

const json = async <T>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
  const write = body !== undefined;
  return api.answer<T>(
    await fetch(path, {
      method: write ? 'POST' : 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(write ? { 'content-type': 'application/json' } : {}), ...headers },
      body: write ? JSON.stringify(body) : undefined,
    }),
  );
};

export const payoutsApi = {
  statement: (creatorId: number, campaignId?: number) =>
    json<StatementBody>(`/api/v1/creators/${creatorId}/statement${campaignId ? `?campaign=${campaignId}` : ''}`),
  details: (creatorId: number) => json<PayoutDetailsAnswerBody>(`/api/v1/creators/${creatorId}/payout-details`),
  adjust: (creatorId: number, body: { amount_minor: number; currency: string; reason: string }, key: string) =>
    json<{ transaction_id: number | null; repeated: boolean }>(`/api/v1/creators/${creatorId}/adjustments`, body, {
      'idempotency-key': key,
    }),
  batches: () => json<{ items: PayoutBatchBody[] }>('/api/v1/payouts/batches'),
  prepare: (minimumMinor?: number) =>
    json<PayoutBatchBody>('/api/v1/payouts/batches', minimumMinor ? { minimum_minor: minimumMinor } : {}),
  exclude: (lineId: number, reason: string) =>
    json<PayoutBatchBody>(`/api/v1/payouts/lines/${lineId}/exclude`, { reason }),
  include: (lineId: number) => json<PayoutBatchBody>(`/api/v1/payouts/lines/${lineId}/include`, {}),
  markPaid: (batchId: number, via: (typeof PAYOUT_FILES)[number]) =>
    json<MarkPaidBody>(`/api/v1/payouts/batches/${batchId}/paid`, { via }),
  exportUrl: (batchId: number, format: string) => `/api/v1/payouts/batches/${batchId}/export.csv?format=${format}`,
};
