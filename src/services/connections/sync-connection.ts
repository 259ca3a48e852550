// Reads her connected account with its token (renewed first when due) and imports what it reports into the shared
// layer, through the platform's own parser: profile numbers, media, and follower demographics as a *verified*
// audience. The payload names say they came from her connected account. Errors are kept on the connection.
import { needsRefresh } from '../../core/connections/refresh-schedule.ts';
import type { ConnectionProvider } from '../../core/connections/providers.ts';
import type {
  ConnectedAccountRead,
  OAuthProviderClient,
  ProviderTokens,
} from '../../connectors/oauth/oauth-provider.ts';
import type { DB } from '../../storage/connect.ts';
import {
  findConnection,
  markConnectionSynced,
  saveSealedTokens,
  type ConnectionRow,
} from '../../storage/connections/creator-connections.ts';
import { importPlatformPayloads } from '../imports/import-platform-payloads.ts';
import type { ImportSummary } from '../imports/run-import.ts';
import { openTokens, sealTokens } from './connection-secrets.ts';

/** Renews the tokens when due (or when `force`), saves them sealed, and returns the tokens to use. */
export async function freshTokens(
  db: DB,
  key: Buffer,
  client: OAuthProviderClient,
  row: ConnectionRow,
  now: Date,
  force = false,
): Promise<ProviderTokens> {
  const tokens = openTokens(key, row);
  if (!force && !needsRefresh(tokens.accessExpiresAt, row.refreshed_at ?? row.connected_at, now)) return tokens;
  const renewed = await client.refresh(tokens, now);
  // A provider that does not rotate refresh tokens (Google) keeps the old one.
  const kept = { ...renewed, refreshToken: renewed.refreshToken ?? tokens.refreshToken };
  await saveSealedTokens(db, Number(row.id), sealTokens(key, Number(row.id), row.provider, kept), {
    refreshedAt: now.toISOString(),
  });
  return kept;
}

/** Imports an account read into the shared layer, as the workspace whose link connected it. */
export function importConnectedRead(
  db: DB,
  provider: ConnectionProvider,
  read: ConnectedAccountRead,
  workspaceId: number,
  now: Date,
): Promise<ImportSummary> {
  return importPlatformPayloads(db, provider, read.payloads, {
    workspaceId,
    liveRead: true,
    now,
    account: { platform: provider, handle: read.handle },
  });
}

export async function syncConnection(
  db: DB,
  key: Buffer,
  client: OAuthProviderClient,
  connectionId: number,
  now: Date,
  o: { forceRefresh?: boolean } = {},
): Promise<ImportSummary | null> {
  const row = await findConnection(db, connectionId);
  if (!row || row.workspace_id === null) return null;
  try {
    const tokens = await freshTokens(db, key, client, row, now, o.forceRefresh);
    const read = await client.read(tokens, now);
    const summary = await importConnectedRead(db, client.provider, read, Number(row.workspace_id), now);
    await markConnectionSynced(db, connectionId, now.toISOString(), { audienceNote: read.audienceNote });
    return summary;
  } catch (error) {
    await markConnectionSynced(db, connectionId, now.toISOString(), {
      error: error instanceof Error ? error.message : 'failed',
    });
    throw error;
  }
}
