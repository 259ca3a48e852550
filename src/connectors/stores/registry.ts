// The one list of store platforms. Adding one (BigCommerce, Magento…): a folder next to these that
// exports a StoreConnector, and its id and connector here.
import { shopify } from './shopify/index.ts';
import type { StoreConnector } from './store-connector.ts';
import { woocommerce } from './woocommerce/index.ts';

export type StorePlatform = 'shopify' | 'woocommerce';

const BY_ID: { readonly [P in StorePlatform]: StoreConnector<P> } = { shopify, woocommerce };

export const STORE_CONNECTORS: readonly StoreConnector<StorePlatform>[] = Object.values(BY_ID);

export const STORE_PLATFORMS: readonly StorePlatform[] = STORE_CONNECTORS.map((c) => c.id);

export function storeConnector(id: string): StoreConnector<StorePlatform> | undefined {
  return Object.hasOwn(BY_ID, id) ? BY_ID[id as StorePlatform] : undefined;
}
