// Sets the domains a workspace's tracked links may point to: validated and lower-cased in the core;
// a bad entry is a 400 naming it.
import { AppError } from '../../core/app-error.ts';
import { normalizeDomainList } from '../../core/tracking/allowed-domains.ts';
import type { DB } from '../../storage/connect.ts';
import { setAllowedDomains } from '../../storage/workspaces/allowed-domains.ts';

export async function setWorkspaceDomains(db: DB, workspaceId: number, entries: readonly string[]): Promise<string[]> {
  const result = normalizeDomainList(entries);
  if (!result.ok) {
    const message = `"${result.entry}" ${result.reason}`;
    throw new AppError('validation_failed', message, [{ path: `domains.${result.index}`, message }]);
  }
  await setAllowedDomains(db, workspaceId, result.domains);
  return result.domains;
}
