// The one list of store platforms. Adding one (BigCommerce, Magento…): a folder next to these that
// exports a StoreConnector, its id in core/orders/store-platforms.ts and its connector here.
import { shopify } from './shopify/index.ts';
import { STORE_PLATFORMS, type StorePlatform } from '../../core/orders/store-platforms.ts';
import type { StoreConnector } from './store-connector.ts';
import { woocommerce } from './woocommerce/index.ts';

const BY_ID: { readonly [P in StorePlatform]: StoreConnector<P> } = { shopify, woocommerce };

export const STORE_CONNECTORS: readonly StoreConnector<StorePlatform>[] = Object.values(BY_ID);

export { STORE_PLATFORMS, type StorePlatform };

export function storeConnector(id: string): StoreConnector<StorePlatform> | undefined {
  return Object.hasOwn(BY_ID, id) ? BY_ID[id as StorePlatform] : undefined;
}
