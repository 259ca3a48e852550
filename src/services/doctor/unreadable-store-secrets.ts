// Store secrets this installation's key cannot open (sealed by `microreach store connect` run with
// another data directory, or by another installation): every delivery of such a store is refused with
// a 5xx until the store is connected again, so doctor names each one with the fix.
import type { DB } from '../../storage/connect.ts';
import { openSealedSecret, SealedWithAnotherKeyError } from '../secrets/open-sealed-secret.ts';
import { storeAdminLabel, storeAdminSubject, storeSecretLabel, storeSecretSubject } from '../stores/connect-store.ts';

/** One message per secret that does not open with `key` (SealedWithAnotherKeyError's, naming the store and the fix). */
export async function unreadableStoreSecrets(db: DB, key: Buffer): Promise<string[]> {
  const stores = await db
    .selectFrom('store_connections as s')
    .innerJoin('workspaces as w', 'w.id', 's.workspace_id')
    .select(['s.id', 's.workspace_id', 's.platform', 's.secret_ciphertext', 's.admin_ciphertext', 'w.slug'])
    .orderBy('s.id')
    .execute();
  const problems: string[] = [];
  const tryOpen = (sealed: string, label: string, subject: { what: string; remedy: string }) => {
    try {
      openSealedSecret(key, sealed, label, subject);
    } catch (error) {
      if (!(error instanceof SealedWithAnotherKeyError)) throw error;
      problems.push(error.message);
    }
  };
  for (const s of stores) {
    const id = Number(s.id);
    tryOpen(
      s.secret_ciphertext,
      storeSecretLabel(s.workspace_id, s.platform),
      storeSecretSubject(id, s.platform, s.slug),
    );
    if (s.admin_ciphertext)
      tryOpen(
        s.admin_ciphertext,
        storeAdminLabel(s.workspace_id, s.platform),
        storeAdminSubject(id, s.platform, s.slug),
      );
  }
  return problems;
}
