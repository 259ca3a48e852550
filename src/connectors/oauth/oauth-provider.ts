// What each connected-account provider (Instagram Login, Google for YouTube, TikTok Login Kit) provides behind one
// interface: the authorization URL, the code exchange, the token renewal, the revocation and the read of her own
// account. Tokens pass through here in the clear and nowhere else but the sealing service; they are never logged
// and never part of an error message.
import type { ConnectionProvider } from '../../core/connections/providers.ts';
import type { FetchedPayload } from '../fetched-payload.ts';

export interface ProviderTokens {
  accessToken: string;
  refreshToken: string | null;
  /** ISO-8601 UTC; null when the provider says the token does not expire. */
  accessExpiresAt: string | null;
  refreshExpiresAt: string | null;
  scope: string | null;
}

export interface ConnectedAccountRead {
  /** The provider's id of the account (IG user id, channel id, open_id). */
  externalId: string;
  /** Normalised handle (lower case, no @) as the platform's importer writes it. */
  handle: string;
  /** The API responses read, imported through the platform's parser like any other payload. */
  payloads: FetchedPayload[];
  /**
   * Why this read gives her no verified audience (or not all of it), in words she can read: the provider shares
   * none (TikTok), too few viewers to report (YouTube), a permission she did not grant. Null when nothing is missing.
   */
  audienceNote: string | null;
}

export interface AuthorizationRequest {
  redirectUri: string;
  state: string;
  codeChallenge: string;
}

export interface CodeExchange {
  /** The callback's query parameters, as received. */
  callback: URLSearchParams;
  state: string;
  redirectUri: string;
  codeVerifier: string;
}

export interface OAuthProviderClient {
  provider: ConnectionProvider;
  authorizationUrl(request: AuthorizationRequest): URL;
  exchangeCode(exchange: CodeExchange, now: Date): Promise<ProviderTokens>;
  /** New tokens for old ones (refresh grant, or Instagram's ig_refresh_token). */
  refresh(tokens: ProviderTokens, now: Date): Promise<ProviderTokens>;
  /** Revokes the grant at the provider; 'not_documented' when the provider offers no revocation. */
  revoke(tokens: ProviderTokens): Promise<'revoked' | 'not_documented'>;
  /** Her account as of `now` (reports over a period end there). */
  read(tokens: ProviderTokens, now: Date): Promise<ConnectedAccountRead>;
}

/** A provider refused or failed: `reason` is safe to show her (the provider's own words, never a token). */
export class ConnectionFailed extends Error {
  override name = 'ConnectionFailed';
  constructor(
    readonly provider: ConnectionProvider,
    readonly reason: string,
    readonly code: 'denied' | 'refused' | 'unreachable' | 'mismatch' = 'refused',
  ) {
    super(`${provider}: ${reason}`);
  }
}
