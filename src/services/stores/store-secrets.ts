// Webhook signing secrets by workspace slug, decrypted once and kept in memory for `ttlMs` (a secret
// rotated from the CLI is picked up within seconds). Secrets are never logged. A secret sealed under
// another key throws SealedWithAnotherKeyError (each time: a store connected again is picked up at once).
import type { DB } from '../../storage/connect.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import { openSealedSecret } from '../secrets/open-sealed-secret.ts';
import { storeSecretLabel, storeSecretSubject } from './connect-store.ts';

export interface WorkspaceSecret {
  workspaceId: number;
  /** null when the workspace has no connection for this platform. */
  secret: string | null;
}

export class StoreSecrets {
  // The promise is cached, not its value: the many deliveries that miss together after an expiry (64 at
  // once under load) share one read instead of each reading and decrypting the same secret.
  private readonly cache = new Map<string, { value: Promise<WorkspaceSecret | null>; expires: number }>();

  constructor(
    private readonly db: DB,
    private readonly key: () => Buffer,
    private readonly ttlMs = 5_000,
  ) {}

  get(workspaceSlug: string, platform: StorePlatform): Promise<WorkspaceSecret | null> {
    const cacheKey = `${platform}|${workspaceSlug}`;
    const hit = this.cache.get(cacheKey);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = this.read(workspaceSlug, platform);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(cacheKey, { value, expires: Date.now() + this.ttlMs });
    // A failed read is not kept: the next delivery tries again.
    value.catch(() => this.cache.delete(cacheKey));
    return value;
  }

  private async read(workspaceSlug: string, platform: StorePlatform): Promise<WorkspaceSecret | null> {
    const row = await this.db
      .selectFrom('workspaces as w')
      .leftJoin('store_connections as s', (j) => j.onRef('s.workspace_id', '=', 'w.id').on('s.platform', '=', platform))
      .select(['w.id', 's.id as store_id', 's.secret_ciphertext'])
      .where('w.slug', '=', workspaceSlug)
      .executeTakeFirst();
    return row
      ? {
          workspaceId: row.id,
          secret:
            row.secret_ciphertext && row.store_id !== null
              ? openSealedSecret(
                  this.key(),
                  row.secret_ciphertext,
                  storeSecretLabel(row.id, platform),
                  storeSecretSubject(Number(row.store_id), platform, workspaceSlug),
                )
              : null,
        }
      : null;
  }
}
