// She disconnects a provider: the grant is revoked at the provider where it documents a revocation (Google, TikTok),
// then the connection and its sealed tokens are deleted here. What was already imported stays in the shared layer
// (it was true when read); nothing is read with her token again. A revocation the provider refuses does not keep
// her token here: it is deleted all the same, and the answer says the provider did not confirm.
import { PROVIDER_LABELS, type ConnectionProvider } from '../../core/connections/providers.ts';
import { AppError } from '../../core/app-error.ts';
import { ConnectionFailed } from '../../connectors/oauth/oauth-provider.ts';
import type { DB } from '../../storage/connect.ts';
import { deleteConnection, findCreatorConnection } from '../../storage/connections/creator-connections.ts';
import type { ConnectionClients } from './connection-clients.ts';
import { openTokens } from './connection-secrets.ts';

export type Disconnected = 'revoked' | 'not_documented' | 'revocation_failed';

export async function disconnectConnection(
  db: DB,
  key: Buffer,
  clients: ConnectionClients,
  creatorId: number,
  provider: ConnectionProvider,
): Promise<Disconnected> {
  const row = await findCreatorConnection(db, creatorId, provider);
  if (!row) throw new AppError('not_found', `${PROVIDER_LABELS[provider]} is not connected`);
  let outcome: Disconnected = 'not_documented';
  const client = clients[provider];
  if (client) {
    try {
      outcome = await client.revoke(openTokens(key, row));
    } catch (error) {
      if (!(error instanceof ConnectionFailed)) throw error;
      outcome = 'revocation_failed';
    }
  }
  await deleteConnection(db, Number(row.id));
  return outcome;
}
