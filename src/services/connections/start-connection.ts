// Starts connecting one provider from her portal link: a fresh state (its digest stored, bound to this link and
// creator, minutes long) and the provider's authorization URL with the PKCE S256 challenge of a verifier derived
// from the state. The route also sets the digest in a cookie, so only the browser that started can finish.
import * as oauth from 'oauth4webapi';
import { AppError } from '../../core/app-error.ts';
import { codeVerifierFor, newOAuthState, STATE_TTL_MINUTES, stateDigest } from '../../core/connections/oauth-state.ts';
import { PROVIDER_LABELS, type ConnectionProvider } from '../../core/connections/providers.ts';
import type { DB } from '../../storage/connect.ts';
import { insertOAuthState } from '../../storage/connections/oauth-states.ts';
import type { PortalSession } from '../portal/open-portal-link.ts';
import type { ConnectionClients } from './connection-clients.ts';

export interface StartedConnection {
  authorizationUrl: URL;
  stateDigest: string;
}

export async function startConnection(
  db: DB,
  key: Buffer,
  clients: ConnectionClients,
  session: PortalSession,
  provider: ConnectionProvider,
  redirectUri: string,
  now = new Date(),
): Promise<StartedConnection> {
  const client = clients[provider];
  if (!client) throw new AppError('bad_request', `Connecting ${PROVIDER_LABELS[provider]} is not available here`);
  const state = newOAuthState();
  const digest = stateDigest(state);
  await insertOAuthState(
    db,
    {
      stateSha256: digest,
      provider,
      portalLinkId: session.linkId,
      creatorId: session.creatorId,
      expiresAt: new Date(now.getTime() + STATE_TTL_MINUTES * 60_000).toISOString(),
    },
    now.toISOString(),
  );
  const codeChallenge = await oauth.calculatePKCECodeChallenge(codeVerifierFor(key, state));
  return { authorizationUrl: client.authorizationUrl({ redirectUri, state, codeChallenge }), stateDigest: digest };
}
