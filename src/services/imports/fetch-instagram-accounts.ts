// Reads accounts live through Business Discovery (and, for the creator's own connected account,
// its follower demographics) and imports them through the same path as recorded files. Every call
// is made before anything is stored: a failing call stops the fetch with nothing written.
import { AppError } from '../../core/app-error.ts';
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import type { GraphClient } from '../../connectors/instagram/graph-client.ts';
import type { DB } from '../../storage/connect.ts';
import { importPlatformPayloads, type PayloadFile } from './import-platform-payloads.ts';
import type { ImportSummary } from './run-import.ts';

export interface FetchInstagramOptions {
  workspaceId: number;
  /** The caller's own IG user id, through which Business Discovery is asked. */
  igUserId: string;
  usernames: string[];
  mediaLimit?: number;
  /** Also read follower_demographics of igUserId: only when the one username is that account. */
  demographics?: boolean;
  now?: Date;
}

export async function fetchInstagramAccounts(
  db: DB,
  client: GraphClient,
  options: FetchInstagramOptions,
): Promise<ImportSummary> {
  if (options.demographics && options.usernames.length !== 1) {
    throw new AppError(
      'bad_request',
      'follower demographics come from the connected account itself: give exactly one username, the account of --ig-user-id',
    );
  }
  const files: PayloadFile[] = [];
  for (const username of options.usernames) {
    files.push(...(await client.businessDiscovery(options.igUserId, username, { mediaLimit: options.mediaLimit })));
  }
  if (options.demographics) files.push(...(await client.followerDemographics(options.igUserId)));
  const own = options.demographics ? normalizeHandle('instagram', options.usernames[0]!) : undefined;
  return importPlatformPayloads(db, 'instagram', files, {
    workspaceId: options.workspaceId,
    liveRead: true,
    now: options.now,
    // Demographics responses name the account by igUserId; this covers responses that do not.
    account: own ? { platform: 'instagram', handle: own } : undefined,
  });
}
