// `catalog sync`: reads every published product and variant of the workspace's connected store and stores
// them in its layer. Idempotent: the same catalog twice changes nothing; a variant gone from the store is
// kept as unavailable (gifts point at it) and no longer offered.
import { AppError } from '../../core/app-error.ts';
import { StoreAdminError } from '../../connectors/stores/store-admin.ts';
import { saveCatalog } from '../../storage/catalog/save-catalog.ts';
import type { DB } from '../../storage/connect.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import type { StoreClientOptions } from '../codes/store-admin-client.ts';
import { seedingClientOf } from './seeding-client-of.ts';

export interface CatalogSyncResult {
  platform: StorePlatform;
  variants: number;
  /** Variants the store no longer lists (kept, not offered). */
  gone: number;
  /** Variants whose cost the store does not give. */
  unknownCost: number;
}

export async function syncCatalog(
  db: DB,
  key: Buffer,
  workspaceId: number,
  now: Date,
  options: StoreClientOptions = {},
): Promise<CatalogSyncResult> {
  const { platform, client } = await seedingClientOf(db, key, workspaceId, options);
  const variants = await client.listCatalog().catch((error: unknown) => {
    if (error instanceof StoreAdminError)
      throw new AppError('conflict', `The store's catalog could not be read: ${error.message}`);
    throw error;
  });
  const saved = await db
    .transaction()
    .execute((trx) => saveCatalog(trx, workspaceId, platform, variants, now.toISOString()));
  return {
    platform,
    variants: saved.saved,
    gone: saved.gone,
    unknownCost: variants.filter((v) => v.costMinor === null).length,
  };
}
