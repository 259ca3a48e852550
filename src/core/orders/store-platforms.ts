// The store platforms microreach takes orders from: ids only, so the web app and the schemas can name
// them without loading a connector. connectors/stores/registry.ts maps each id to its connector (the
// compiler refuses an id without one).
export const STORE_PLATFORMS = ['shopify', 'woocommerce'] as const;

export type StorePlatform = (typeof STORE_PLATFORMS)[number];
