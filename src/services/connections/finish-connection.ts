// The provider's redirect back (/oauth/<provider>/callback). Checked before anything is parsed or exchanged: the
// state's shape, that this browser started it (cookie), that it is unused and unexpired (consumed in one statement),
// for this provider, and that the portal link it was bound to is still valid. Then the code is exchanged with the
// PKCE verifier, her account is read and must be one the brand knows as hers, the tokens are sealed, the read is
// imported into the shared layer and the token's renewal is scheduled.
import { timingSafeEqual } from 'node:crypto';
import { codeVerifierFor, isWellFormedState, stateDigest } from '../../core/connections/oauth-state.ts';
import { PROVIDER_LABELS, type ConnectionProvider } from '../../core/connections/providers.ts';
import { portalKey, signPortalToken } from '../../core/portal/portal-token.ts';
import { ApiRequestError } from '../../connectors/http/api-request-error.ts';
import { ConnectionFailed } from '../../connectors/oauth/oauth-provider.ts';
import type { DB } from '../../storage/connect.ts';
import { creatorAccountsOn } from '../../storage/connections/creator-accounts-on.ts';
import {
  markConnectionSynced,
  saveSealedTokens,
  upsertConnection,
} from '../../storage/connections/creator-connections.ts';
import { consumeOAuthState } from '../../storage/connections/oauth-states.ts';
import { findPortalLink } from '../../storage/portal/portal-links.ts';
import type { ConnectionClients } from './connection-clients.ts';
import { sealTokens } from './connection-secrets.ts';
import { scheduleConnectionRefresh } from './schedule-connection-refresh.ts';
import { importConnectedRead } from './sync-connection.ts';

/** The callback cannot be tied to a valid connection in progress: nothing was exchanged or stored. */
export class CallbackRefused extends Error {
  override name = 'CallbackRefused';
  constructor(readonly reason: 'state' | 'browser' | 'used_or_expired' | 'provider' | 'link') {
    super(`OAuth callback refused: ${reason}`);
  }
}

export type FinishedConnection =
  | { portalPath: string; outcome: 'connected'; handle: string }
  | { portalPath: string; outcome: 'failed'; failure: ConnectionFailed };

const sameDigest = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

export async function finishConnection(
  db: DB,
  key: Buffer,
  clients: ConnectionClients,
  provider: ConnectionProvider,
  callback: URLSearchParams,
  browser: { stateDigest: string | undefined },
  redirectUri: string,
  now = new Date(),
): Promise<FinishedConnection> {
  const state = callback.get('state') ?? '';
  if (!isWellFormedState(state)) throw new CallbackRefused('state');
  const digest = stateDigest(state);
  if (!browser.stateDigest || !sameDigest(browser.stateDigest, digest)) throw new CallbackRefused('browser');
  const started = await consumeOAuthState(db, digest, now.toISOString());
  if (!started) throw new CallbackRefused('used_or_expired');
  const client = clients[provider];
  if (started.provider !== provider || !client) throw new CallbackRefused('provider');
  const link = await findPortalLink(db, started.portalLinkId);
  if (
    !link ||
    link.revoked_at ||
    Date.parse(link.expires_at) <= now.getTime() ||
    Number(link.creator_id) !== started.creatorId
  )
    throw new CallbackRefused('link');
  const portalPath = `/p/${signPortalToken(portalKey(key), {
    linkId: Number(link.id),
    workspaceId: Number(link.workspace_id),
    enrollmentId: Number(link.enrollment_id),
    expiresAt: Math.floor(Date.parse(link.expires_at) / 1000),
  })}`;

  try {
    const tokens = await client.exchangeCode(
      { callback, state, redirectUri, codeVerifier: codeVerifierFor(key, state) },
      now,
    );
    const read = await client.read(tokens, now);
    const hers = await creatorAccountsOn(db, started.creatorId, provider);
    if (!hers.some((a) => a.handle === read.handle || (a.externalId !== null && a.externalId === read.externalId))) {
      const known = hers.map((a) => `@${a.handle}`).join(', ');
      throw new ConnectionFailed(
        provider,
        known
          ? `you connected @${read.handle}, but ${PROVIDER_LABELS[provider]} ${known} is the account the brand knows as yours`
          : `the brand knows no ${PROVIDER_LABELS[provider]} account of yours; ask them to add @${read.handle} first`,
        'mismatch',
      );
    }
    const at = now.toISOString();
    const workspaceId = Number(link.workspace_id);
    const id = await db.transaction().execute(async (trx) => {
      const id = await upsertConnection(
        trx,
        {
          creatorId: started.creatorId,
          provider,
          accountExternalId: read.externalId,
          accountHandle: read.handle,
          scope: tokens.scope,
          workspaceId,
        },
        at,
      );
      await saveSealedTokens(trx, id, sealTokens(key, id, provider, tokens), {});
      await scheduleConnectionRefresh(trx, id, tokens.accessExpiresAt, at);
      return id;
    });
    await importConnectedRead(db, provider, read, workspaceId, now);
    await markConnectionSynced(db, id, at, { audienceNote: read.audienceNote });
    return { portalPath, outcome: 'connected', handle: read.handle };
  } catch (error) {
    if (error instanceof ConnectionFailed) return { portalPath, outcome: 'failed', failure: error };
    if (error instanceof ApiRequestError)
      return { portalPath, outcome: 'failed', failure: new ConnectionFailed(provider, error.message) };
    throw error;
  }
}
