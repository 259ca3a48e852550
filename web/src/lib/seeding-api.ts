// Catalog and seeding API (types from src/http/schemas/seeding.ts, erased by the build).
import type { z } from 'zod';
import type {
  campaignGiftLimitsSchema,
  catalogPageSchema,
  catalogSyncedSchema,
  giftLimitsBody,
  giftLimitsSavedSchema,
  giftListSchema,
} from '../../../src/http/schemas/seeding.ts';
import { api } from './api.ts';

export type DealGiftLimits = z.infer<typeof campaignGiftLimitsSchema>;
export type GiftLimitsInput = z.input<typeof giftLimitsBody>;
export type Gift = z.infer<typeof giftListSchema>['items'][number];
export type CatalogPage = z.infer<typeof catalogPageSchema>;
export type CatalogSynced = z.infer<typeof catalogSyncedSchema>;

async function call<T>(path: string, json?: unknown): Promise<T> {
  const write = json !== undefined;
  return api.answer<T>(
    await fetch(path, {
      method: write ? 'POST' : 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(write ? { 'content-type': 'application/json' } : {}) },
      body: write ? JSON.stringify(json) : undefined,
    }),
  );
}

export const seedingApi = {
  giftLimits: (campaignId: number) => call<DealGiftLimits>(`/api/v1/campaigns/${campaignId}/gift-limits`),
  setGiftLimits: (campaignId: number, body: GiftLimitsInput) =>
    call<z.infer<typeof giftLimitsSavedSchema>>(`/api/v1/campaigns/${campaignId}/gift-limits`, body),
  gifts: (campaignId: number) => call<{ items: Gift[] }>(`/api/v1/campaigns/${campaignId}/gifts`),
  catalog: (page: number, perPage = 20) => call<CatalogPage>(`/api/v1/catalog?page=${page}&per_page=${perPage}`),
  syncCatalog: () => call<CatalogSynced>('/api/v1/catalog/sync', {}),
};
