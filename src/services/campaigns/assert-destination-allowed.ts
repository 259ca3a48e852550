// A tracked link may only send people to the workspace's own domains (no open redirect through the
// installation's origin, not even from the demo sandbox).
import { AppError } from '../../core/app-error.ts';
import { isAllowedDestination } from '../../core/tracking/allowed-domains.ts';
import type { DB } from '../../storage/connect.ts';
import { getAllowedDomains } from '../../storage/workspaces/allowed-domains.ts';

export async function assertDestinationAllowed(
  db: DB,
  workspaceId: number,
  destination: string,
  field: string,
): Promise<void> {
  const domains = await getAllowedDomains(db, workspaceId);
  if (isAllowedDestination(destination, domains)) return;
  const hint =
    domains.length === 0
      ? 'this workspace has no allowed domains yet: add your site with PUT /api/v1/workspace/domains' +
        ' or `microreach workspace domains set`'
      : `allowed: ${domains.join(', ')} and their subdomains`;
  throw new AppError('validation_failed', `Tracked links may only point to this workspace's domains (${hint})`, [
    { path: field, message: `"${destination}" is not on an allowed domain` },
  ]);
}
