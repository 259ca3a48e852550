// What the portal's "Connected accounts" section shows her: per provider, not available (no app configured),
// connected (as which account, since when, the audience verified from it or not yet) or ready to connect.
// Never a token.
import { CONNECTION_PROVIDERS, type ConnectionProvider } from '../../core/connections/providers.ts';
import type { DB } from '../../storage/connect.ts';
import { creatorAccountsOn } from '../../storage/connections/creator-accounts-on.ts';
import { listCreatorConnections } from '../../storage/connections/creator-connections.ts';
import type { ConnectionClients } from './connection-clients.ts';

export type PortalConnection =
  | { provider: ConnectionProvider; state: 'unavailable' }
  | { provider: ConnectionProvider; state: 'available' }
  | {
      provider: ConnectionProvider;
      state: 'connected';
      handle: string;
      connectedAt: string;
      syncedAt: string | null;
      lastError: string | null;
      /** Why the last read verified none or only part of her audience (the provider's reason), or null. */
      audienceNote: string | null;
      /** Her audience on this platform is verified (from the connected insights), with the sample counted. */
      verified: { asOf: string; sampleSize: number | null } | null;
    };

export async function loadPortalConnections(
  db: DB,
  clients: ConnectionClients,
  creatorId: number,
): Promise<PortalConnection[]> {
  const rows = await listCreatorConnections(db, creatorId);
  const out: PortalConnection[] = [];
  for (const provider of CONNECTION_PROVIDERS) {
    const row = rows.find((r) => r.provider === provider);
    if (!row) {
      out.push({ provider, state: clients[provider] ? 'available' : 'unavailable' });
      continue;
    }
    const account = (await creatorAccountsOn(db, creatorId, provider)).find((a) => a.handle === row.account_handle);
    out.push({
      provider,
      state: 'connected',
      handle: row.account_handle,
      connectedAt: row.connected_at,
      syncedAt: row.synced_at,
      lastError: row.last_error,
      audienceNote: row.audience_note,
      verified: account?.verifiedAudienceAsOf
        ? { asOf: account.verifiedAudienceAsOf, sampleSize: account.verifiedSampleSize }
        : null,
    });
  }
  return out;
}
