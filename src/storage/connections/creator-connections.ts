// A creator's connected accounts, one per provider. Tokens are stored sealed (services/connections/seal-tokens.ts);
// this module never sees them in the clear.
import type { DB } from '../connect.ts';
import type { CreatorConnectionsTable } from '../schema.ts';
import type { Selectable } from 'kysely';

export type ConnectionRow = Selectable<CreatorConnectionsTable>;

export interface ConnectionValues {
  creatorId: number;
  provider: string;
  accountExternalId: string;
  accountHandle: string;
  scope: string | null;
  workspaceId: number | null;
}

/** Inserts or replaces her connection to this provider (connecting again replaces the old tokens); returns its id. */
export async function upsertConnection(db: DB, v: ConnectionValues, now: string): Promise<number> {
  const row = await db
    .insertInto('creator_connections')
    .values({
      creator_id: v.creatorId,
      provider: v.provider,
      account_external_id: v.accountExternalId,
      account_handle: v.accountHandle,
      // Sealed right after, in the same transaction: the row id is part of the seal's label.
      access_ciphertext: '',
      scope: v.scope,
      workspace_id: v.workspaceId,
      connected_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['creator_id', 'provider']).doUpdateSet({
        account_external_id: v.accountExternalId,
        account_handle: v.accountHandle,
        scope: v.scope,
        workspace_id: v.workspaceId,
        connected_at: now,
        refreshed_at: null,
        last_error: null,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export interface SealedTokens {
  accessCiphertext: string;
  refreshCiphertext: string | null;
  accessExpiresAt: string | null;
  refreshExpiresAt: string | null;
}

export async function saveSealedTokens(
  db: DB,
  id: number,
  t: SealedTokens,
  stamp: { refreshedAt?: string },
): Promise<void> {
  await db
    .updateTable('creator_connections')
    .set({
      access_ciphertext: t.accessCiphertext,
      refresh_ciphertext: t.refreshCiphertext,
      access_expires_at: t.accessExpiresAt,
      refresh_expires_at: t.refreshExpiresAt,
      ...(stamp.refreshedAt ? { refreshed_at: stamp.refreshedAt } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** A read that worked stamps `at` and its audience note; a failed one keeps both and records the error. */
export async function markConnectionSynced(
  db: DB,
  id: number,
  at: string,
  outcome: { error: string } | { audienceNote: string | null },
): Promise<void> {
  await db
    .updateTable('creator_connections')
    .set(
      'error' in outcome
        ? { last_error: outcome.error }
        : { synced_at: at, last_error: null, audience_note: outcome.audienceNote },
    )
    .where('id', '=', id)
    .execute();
}

export const findConnection = (db: DB, id: number) =>
  db.selectFrom('creator_connections').selectAll().where('id', '=', id).executeTakeFirst();

export const findCreatorConnection = (db: DB, creatorId: number, provider: string) =>
  db
    .selectFrom('creator_connections')
    .selectAll()
    .where('creator_id', '=', creatorId)
    .where('provider', '=', provider)
    .executeTakeFirst();

export const listCreatorConnections = (db: DB, creatorId: number) =>
  db.selectFrom('creator_connections').selectAll().where('creator_id', '=', creatorId).orderBy('provider').execute();

export async function deleteConnection(db: DB, id: number): Promise<void> {
  await db.deleteFrom('creator_connections').where('id', '=', id).execute();
}
