// The standard parts of a provider's OAuth 2.0 exchanges, done by oauth4webapi: the callback's validation (state,
// error responses), the authorization code grant with the PKCE verifier, the refresh grant and RFC 7009 revocation.
// Providers that answer outside RFC 6749 (Instagram wraps its token in data[], TikTok names its client "client_key")
// adapt the wire format in `adapt`, so the library's checks still run on what they send.
import * as oauth from 'oauth4webapi';
import type { ProviderConfig } from '../../config.ts';
import type { ConnectionProvider } from '../../core/connections/providers.ts';
import type { FetchFn } from '../http/get-json.ts';
import { ConnectionFailed, type CodeExchange, type ProviderTokens } from './oauth-provider.ts';

export interface OAuthEndpoints {
  provider: ConnectionProvider;
  config: ProviderConfig;
  /** The issuer the provider names in `iss` (RFC 9207) when it sends one. */
  issuer: string;
  fetch?: FetchFn;
  /** Rewrites a request before it is sent and a response before the library reads it. */
  adapt?: {
    request?: (url: string, body: URLSearchParams) => URLSearchParams;
    response?: (json: unknown) => unknown;
  };
}

const TIMEOUT_MS = 30_000;

function server(e: OAuthEndpoints): oauth.AuthorizationServer {
  return {
    issuer: e.issuer,
    authorization_endpoint: e.config.authorizeUrl,
    token_endpoint: e.config.tokenUrl,
    ...(e.config.revokeUrl ? { revocation_endpoint: e.config.revokeUrl } : {}),
  };
}

function options(e: OAuthEndpoints) {
  const base = e.fetch ?? fetch;
  const customFetch = async (url: string, init: oauth.CustomFetchOptions<'POST', URLSearchParams>) => {
    const body = e.adapt?.request ? e.adapt.request(url, init.body) : init.body;
    const response = await base(url, { ...init, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!e.adapt?.response) return response;
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return new Response(text, { status: response.status, headers: response.headers });
    }
    return Response.json(e.adapt.response(json), { status: response.status });
  };
  return {
    [oauth.customFetch]: customFetch,
    // Only a replay server on this machine is plain http (config accepts http URLs for tests).
    [oauth.allowInsecureRequests]: new URL(e.config.tokenUrl).protocol === 'http:',
  };
}

const credentials = (e: OAuthEndpoints) => {
  if (!e.config.clientId || !e.config.clientSecret)
    throw new ConnectionFailed(e.provider, 'this installation has no app configured for it');
  return {
    client: { client_id: e.config.clientId } as oauth.Client,
    auth: oauth.ClientSecretPost(e.config.clientSecret),
  };
};

/** The provider's words for a refusal, never the request (which holds the code, verifier and secret). */
function failure(e: OAuthEndpoints, error: unknown): ConnectionFailed {
  if (error instanceof ConnectionFailed) return error;
  if (error instanceof oauth.AuthorizationResponseError) {
    const denied = error.error === 'access_denied';
    return new ConnectionFailed(
      e.provider,
      denied ? 'you did not allow the access' : `${error.error}: ${error.error_description ?? ''}`.trim(),
      denied ? 'denied' : 'refused',
    );
  }
  if (error instanceof oauth.ResponseBodyError)
    return new ConnectionFailed(
      e.provider,
      `${error.error}${error.error_description ? `: ${error.error_description}` : ''}`,
    );
  if (error instanceof TypeError || (error instanceof Error && error.name === 'TimeoutError'))
    return new ConnectionFailed(e.provider, 'the provider could not be reached', 'unreachable');
  return new ConnectionFailed(e.provider, error instanceof Error ? error.message : 'unexpected answer');
}

export function authorizationUrl(
  e: OAuthEndpoints,
  request: { redirectUri: string; state: string; codeChallenge: string; scope: string },
  extra: Record<string, string> = {},
): URL {
  const url = new URL(e.config.authorizeUrl);
  const params: Record<string, string> = {
    client_id: e.config.clientId ?? '',
    redirect_uri: request.redirectUri,
    response_type: 'code',
    scope: request.scope,
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
    ...extra,
  };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url;
}

export const tokensOf = (r: oauth.TokenEndpointResponse, now: Date, refreshExpiresIn?: unknown): ProviderTokens => ({
  accessToken: r.access_token,
  refreshToken: r.refresh_token ?? null,
  accessExpiresAt:
    typeof r.expires_in === 'number' ? new Date(now.getTime() + r.expires_in * 1000).toISOString() : null,
  refreshExpiresAt:
    typeof refreshExpiresIn === 'number' ? new Date(now.getTime() + refreshExpiresIn * 1000).toISOString() : null,
  scope: r.scope ?? null,
});

/** Validates the callback (its state and any error) and exchanges the code with the PKCE verifier. */
export async function exchangeCode(e: OAuthEndpoints, x: CodeExchange): Promise<oauth.TokenEndpointResponse> {
  try {
    const { client, auth } = credentials(e);
    const as = server(e);
    const params = oauth.validateAuthResponse(as, client, x.callback, x.state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      auth,
      params,
      x.redirectUri,
      x.codeVerifier,
      options(e),
    );
    return await oauth.processAuthorizationCodeResponse(as, client, response);
  } catch (error) {
    throw failure(e, error);
  }
}

export async function refreshGrant(e: OAuthEndpoints, refreshToken: string): Promise<oauth.TokenEndpointResponse> {
  try {
    const { client, auth } = credentials(e);
    const as = server(e);
    const response = await oauth.refreshTokenGrantRequest(as, client, auth, refreshToken, options(e));
    return await oauth.processRefreshTokenResponse(as, client, response);
  } catch (error) {
    throw failure(e, error);
  }
}

export async function revokeToken(e: OAuthEndpoints, token: string): Promise<void> {
  try {
    const { client, auth } = credentials(e);
    const response = await oauth.revocationRequest(server(e), client, auth, token, options(e));
    await oauth.processRevocationResponse(response);
  } catch (error) {
    throw failure(e, error);
  }
}
