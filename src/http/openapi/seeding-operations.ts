// The API of catalog and seeding (see operations.ts).
import type { z } from 'zod';
import { campaignIdParam } from '../schemas/campaigns.ts';
import {
  campaignGiftLimitsSchema,
  catalogPageSchema,
  catalogQuery,
  catalogSyncedSchema,
  giftLimitsBody,
  giftLimitsSavedSchema,
  giftListSchema,
} from '../schemas/seeding.ts';
import type { Operation } from './operation.ts';

const ok = (description: string, schema: z.ZodType) => ({ description, schema });

export const SEEDING_OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/catalog/sync',
    tag: 'Catalog and seeding',
    auth: 'session',
    summary: "Read the connected store's products and variants (price, cost where the store has it, stock)",
    description:
      'Shopify: Admin GraphQL products with variants and inventoryItem.unitCost. WooCommerce: REST products and variations (no core cost field: cost unknown). Repeating it changes nothing; variants gone from the store are kept but no longer offered.',
    responses: { 200: ok('What the sync saw', catalogSyncedSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/catalog',
    tag: 'Catalog and seeding',
    auth: 'session',
    summary: "The workspace's catalog, as the last sync saw it",
    query: catalogQuery,
    responses: { 200: ok('A page of variants', catalogPageSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/campaigns/{id}/gift-limits',
    tag: 'Catalog and seeding',
    auth: 'session',
    summary: 'Open gift picking for a creator of the campaign: item count, total value, gift requests, shipping cost',
    params: campaignIdParam,
    body: { schema: giftLimitsBody, contentType: 'application/json' },
    responses: { 200: ok('The limits as stored', giftLimitsSavedSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns/{id}/gift-limits',
    tag: 'Catalog and seeding',
    auth: 'session',
    summary: 'Every deal of the campaign with its gift limits (null: gift picking not open), and the seeding store',
    params: campaignIdParam,
    responses: { 200: ok('Deals, in enrolment order', campaignGiftLimitsSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns/{id}/gifts',
    tag: 'Catalog and seeding',
    auth: 'session',
    summary: "The creators' gifts in the campaign: items, value, cost, shipping and the store order",
    params: campaignIdParam,
    responses: { 200: ok('Gifts, oldest first', giftListSchema) },
  },
];
