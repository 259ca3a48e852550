// The domains a workspace's tracked links may point to (workspaces.allowed_domains, a JSON array).
import type { DB } from '../connect.ts';
import { fromJsonArray, toJsonArray } from '../creators/json-columns.ts';

export async function getAllowedDomains(db: DB, workspaceId: number): Promise<string[]> {
  const row = await db
    .selectFrom('workspaces')
    .select('allowed_domains')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return fromJsonArray(row.allowed_domains);
}

/** Replaces the list; give it normalised domains (core/tracking/allowed-domains.ts). */
export async function setAllowedDomains(db: DB, workspaceId: number, domains: readonly string[]): Promise<void> {
  await db
    .updateTable('workspaces')
    .set({ allowed_domains: toJsonArray(domains) })
    .where('id', '=', workspaceId)
    .execute();
}
