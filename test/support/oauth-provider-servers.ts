// Local servers that replay the providers' documented OAuth and API exchanges (fixtures under
// test/fixtures/oauth-<provider>/, SOURCE.md says where each shape comes from). They check what the documentation
// requires and REFUSE anything else with the provider's own error body: a wrong client id, redirect URI or scope, a
// missing PKCE challenge, a code used twice, a verifier that does not match the challenge, an unknown token.
// The authorization endpoint answers at once as if she had logged in and allowed the access (or denied it).
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface ProviderExchange {
  method: string;
  path: string;
  status: number;
}

export interface ProviderServer {
  origin: string;
  /** Every request answered, in order (method, path, status). */
  exchanges: ProviderExchange[];
  /** Access tokens currently valid. */
  validTokens: Set<string>;
  /** What the next authorization does: log her in as this account, or deny. */
  next: { deny?: boolean; username?: string };
  close: () => Promise<void>;
}

type Answer = { status: number; body?: unknown; location?: string };
type Handler = (method: string, url: URL, form: URLSearchParams, authorization: string | undefined) => Answer;

const fixture = (provider: string, name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', `oauth-${provider}`, name), 'utf8'));

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

async function serve(handler: Handler, exchanges: ProviderExchange[]) {
  const server = createServer(async (request: IncomingMessage, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const form = (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
      ? new URLSearchParams(raw)
      : new URLSearchParams();
    let answer: Answer;
    try {
      answer = handler(request.method ?? 'GET', url, form, request.headers.authorization);
    } catch (error) {
      answer = { status: 500, body: { error: { message: `replay failed: ${String(error)}` } } };
    }
    exchanges.push({ method: request.method ?? 'GET', path: url.pathname, status: answer.status });
    if (answer.location) {
      response.writeHead(answer.status, { location: answer.location });
      response.end();
      return;
    }
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer.body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

export interface InstagramApp {
  clientId: string;
  clientSecret: string;
  /** The redirect URI registered in the app dashboard (exact match). */
  redirectUri: string;
}

/**
 * Instagram API with Instagram Login: www.instagram.com/oauth/authorize, api.instagram.com/oauth/access_token,
 * graph.instagram.com/access_token (ig_exchange_token), /refresh_access_token (ig_refresh_token), /v21.0/me,
 * /v21.0/me/media, /v21.0/<id>/insights (follower_demographics). One origin serves all three hosts' paths.
 */
export async function startInstagramProvider(app: InstagramApp): Promise<ProviderServer> {
  const exchanges: ProviderExchange[] = [];
  const validTokens = new Set<string>();
  const shortTokens = new Set<string>();
  const codes = new Map<string, { redirectUri: string; challenge: string; used: boolean }>();
  const next: ProviderServer['next'] = {};
  const me = fixture('instagram', 'me.json') as { id: string; username: string };
  const oauthError = (message: string): Answer => ({
    status: 400,
    body: { error_type: 'OAuthException', code: 400, error_message: message },
  });
  const graphError = (status: number, message: string, code = 190): Answer => ({
    status,
    body: { error: { message, type: 'OAuthException', code, fbtrace_id: 'AbCdEfGhIjKlMnOp' } },
  });
  const newToken = (kind: string) => `IG${kind}${randomBytes(24).toString('base64url')}`;
  const longLived = (): Answer => {
    const token = newToken('LL');
    validTokens.add(token);
    return { status: 200, body: { ...(fixture('instagram', 'token-long-lived.json') as object), access_token: token } };
  };

  const handler: Handler = (method, url, form) => {
    const q = url.searchParams;
    if (method === 'GET' && url.pathname === '/oauth/authorize') {
      if (q.get('client_id') !== app.clientId) return oauthError('Invalid platform app');
      if (q.get('redirect_uri') !== app.redirectUri) return oauthError('Invalid redirect_uri');
      if (q.get('response_type') !== 'code') return oauthError('Invalid response_type');
      if (!(q.get('scope') ?? '').split(/[ ,]/).includes('instagram_business_basic'))
        return oauthError('Invalid scope: instagram_business_basic is required');
      const challenge = q.get('code_challenge') ?? '';
      if (q.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge))
        return oauthError('code_challenge with code_challenge_method=S256 is required');
      const back = new URL(app.redirectUri);
      if (next.deny) {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_reason', 'user_denied');
        back.searchParams.set('error_description', 'Permissions error');
      } else {
        const code = randomBytes(24).toString('base64url');
        codes.set(code, { redirectUri: app.redirectUri, challenge, used: false });
        back.searchParams.set('code', code);
      }
      if (q.has('state')) back.searchParams.set('state', q.get('state')!);
      return { status: 302, location: `${back.toString()}#_` };
    }
    if (method === 'POST' && url.pathname === '/oauth/access_token') {
      if (form.get('client_id') !== app.clientId || form.get('client_secret') !== app.clientSecret)
        return oauthError('Invalid client_id or client_secret');
      if (form.get('grant_type') !== 'authorization_code') return oauthError('Unsupported grant_type');
      const code = codes.get(form.get('code') ?? '');
      if (!code || code.used) return oauthError('Matching code was not found or was already used');
      code.used = true;
      if (form.get('redirect_uri') !== code.redirectUri)
        return oauthError(
          'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request',
        );
      if (s256(form.get('code_verifier') ?? '') !== code.challenge) return oauthError('Invalid code_verifier');
      const token = newToken('SL');
      shortTokens.add(token);
      const body = fixture('instagram', 'token-short-lived.json') as { data: Record<string, unknown>[] };
      return { status: 200, body: { data: [{ ...body.data[0], access_token: token }] } };
    }
    if (method !== 'GET') return graphError(400, `Unsupported ${method} request`, 100);
    if (url.pathname === '/access_token') {
      if (q.get('grant_type') !== 'ig_exchange_token') return graphError(400, 'Unsupported grant_type', 100);
      if (q.get('client_secret') !== app.clientSecret) return graphError(400, 'Error validating client secret.', 1);
      const short = q.get('access_token') ?? '';
      if (!shortTokens.delete(short)) return graphError(400, 'Invalid OAuth access token - Cannot parse access token');
      return longLived();
    }
    if (url.pathname === '/refresh_access_token') {
      if (q.get('grant_type') !== 'ig_refresh_token') return graphError(400, 'Unsupported grant_type', 100);
      if (!validTokens.delete(q.get('access_token') ?? ''))
        return graphError(400, 'Invalid OAuth access token - Cannot parse access token');
      return longLived();
    }
    if (!validTokens.has(q.get('access_token') ?? ''))
      return graphError(400, 'Invalid OAuth access token - Cannot parse access token');
    const username = next.username ?? me.username;
    if (url.pathname === '/v21.0/me') return { status: 200, body: { ...me, username } };
    if (url.pathname === '/v21.0/me/media') return { status: 200, body: fixture('instagram', 'media.json') };
    if (url.pathname === `/v21.0/${me.id}/insights`) {
      if (
        q.get('metric') !== 'follower_demographics' ||
        q.get('period') !== 'lifetime' ||
        q.get('metric_type') !== 'total_value'
      )
        return graphError(400, '(#100) metric[0] must be one of the following values: …', 100);
      const file = {
        'age,gender': 'demographics-age-gender.json',
        country: 'demographics-country.json',
        city: 'demographics-city.json',
      }[q.get('breakdown') ?? ''];
      if (!file) return graphError(400, '(#100) The value must be a valid breakdown', 100);
      return { status: 200, body: fixture('instagram', file) };
    }
    return graphError(404, `Unknown path components: ${url.pathname}`, 2500);
  };

  const { origin, close } = await serve(handler, exchanges);
  return { origin, exchanges, validTokens, next, close };
}

/** The installation's configuration for a provider served by one replay origin. */
export const instagramEnv = (origin: string, app: InstagramApp) => ({
  INSTAGRAM_CLIENT_ID: app.clientId,
  INSTAGRAM_CLIENT_SECRET: app.clientSecret,
  INSTAGRAM_AUTHORIZE_URL: `${origin}/oauth/authorize`,
  INSTAGRAM_TOKEN_URL: `${origin}/oauth/access_token`,
  INSTAGRAM_LOGIN_API_URL: origin,
});

export interface GoogleProviderServer extends ProviderServer {
  /** Tokens revoked at /revoke (refresh tokens revoke the whole grant). */
  revoked: string[];
  /**
   * Google only: scopes she unticks on the consent screen (Google's granular consent), and a channel with too few
   * viewers (YouTube Analytics answers its reports with no rows).
   */
  next: ProviderServer['next'] & { ungranted?: string[]; fewViewers?: boolean };
}

const ANALYTICS_SCOPE = 'https://www.googleapis.com/auth/yt-analytics.readonly';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * YouTube Analytics API v2 reports.query for her own channel (GET /v2/reports): ids=channel==MINE (or her channel
 * id), startDate and endDate (YYYY-MM-DD, start not after end) and metrics are required; the two audience reports
 * (viewerPercentage by ageGroup,gender; views by country) are answered from fixtures, any other query with Google's
 * "query is not supported"; a token without yt-analytics.readonly gets 403 insufficientPermissions.
 */
function answerAnalytics(q: URLSearchParams, scopes: string[], fewViewers: boolean): Answer {
  const bad = (message: string, reason = 'required'): Answer => ({
    status: 400,
    body: {
      error: { code: 400, message, errors: [{ message, domain: 'global', reason }], status: 'INVALID_ARGUMENT' },
    },
  });
  if (!scopes.includes(ANALYTICS_SCOPE))
    return { status: 403, body: fixture('youtube', 'error-insufficient-scope.json') };
  for (const name of ['ids', 'startDate', 'endDate', 'metrics'])
    if (!q.get(name)) return bad(`Required parameter: ${name}`);
  if (!/^channel==(MINE|UCa1b2c3d4e5f6g7h8i9j0kL)$/.test(q.get('ids')!))
    return bad(`Invalid value for parameter ids: ${q.get('ids')}`, 'invalid');
  const [start, end] = [q.get('startDate')!, q.get('endDate')!];
  if (!DATE.test(start) || !DATE.test(end) || start > end)
    return bad(`Invalid date range: startDate ${start}, endDate ${end}`, 'invalid');
  const query = `${q.get('dimensions') ?? ''}|${q.get('metrics')}`;
  const file = {
    'ageGroup,gender|viewerPercentage': fewViewers ? 'analytics-age-gender-empty.json' : 'analytics-age-gender.json',
    'country|views': 'analytics-country.json',
  }[query];
  if (!file)
    return bad(
      'The query is not supported. Check the documentation at https://developers.google.com/youtube/analytics/v2/available_reports for a list of supported queries.',
      'badRequest',
    );
  const body = fixture('youtube', file) as { rows?: unknown[] };
  // Too few viewers: Google answers the country report without rows as well.
  return { status: 200, body: fewViewers ? { ...body, rows: [] } : body };
}

/**
 * Google OAuth 2.0 for web server apps (accounts.google.com/o/oauth2/v2/auth, oauth2.googleapis.com/token and
 * /revoke), the YouTube Data API reads of her own channel (/youtube/v3/channels?mine=true, playlistItems, videos)
 * and the YouTube Analytics reports of its audience (/v2/reports), bearer token in the Authorization header. Each
 * token carries the scopes she granted. One origin serves all paths.
 */
export async function startGoogleProvider(app: InstagramApp): Promise<GoogleProviderServer> {
  const exchanges: ProviderExchange[] = [];
  const validTokens = new Set<string>();
  const refreshTokens = new Set<string>();
  /** The scopes granted with each access and refresh token. */
  const granted = new Map<string, string[]>();
  const revoked: string[] = [];
  const codes = new Map<string, { redirectUri: string; challenge: string; used: boolean; scopes: string[] }>();
  const next: GoogleProviderServer['next'] = {};
  const oauthError = (error: string, description: string): Answer => ({
    status: 400,
    body: { error, error_description: description },
  });
  const apiError = (status: number, message: string, reason = 'authError'): Answer => ({
    status,
    body: {
      error: {
        code: status,
        message,
        errors: [{ message, domain: 'global', reason, location: 'Authorization', locationType: 'header' }],
        status: 'UNAUTHENTICATED',
      },
    },
  });
  const issue = (withRefresh: boolean, scopes: string[]): Answer => {
    const access = `ya29.${randomBytes(24).toString('base64url')}`;
    validTokens.add(access);
    granted.set(access, scopes);
    const body = {
      ...(fixture('youtube', withRefresh ? 'token.json' : 'token-refreshed.json') as object),
      access_token: access,
      scope: scopes.join(' '),
    };
    if (!withRefresh) return { status: 200, body };
    const refresh = `1//${randomBytes(24).toString('base64url')}`;
    refreshTokens.add(refresh);
    granted.set(refresh, scopes);
    return { status: 200, body: { ...body, refresh_token: refresh } };
  };
  const clientOk = (form: URLSearchParams) =>
    form.get('client_id') === app.clientId && form.get('client_secret') === app.clientSecret;

  const handler: Handler = (method, url, form, authorization) => {
    const q = url.searchParams;
    if (method === 'GET' && url.pathname === '/o/oauth2/v2/auth') {
      if (q.get('client_id') !== app.clientId) return oauthError('invalid_client', 'The OAuth client was not found.');
      if (q.get('redirect_uri') !== app.redirectUri) return oauthError('redirect_uri_mismatch', 'Bad Request');
      if (q.get('response_type') !== 'code') return oauthError('unsupported_response_type', 'Bad Request');
      if (!(q.get('scope') ?? '').split(' ').includes('https://www.googleapis.com/auth/youtube.readonly'))
        return oauthError('invalid_scope', 'Bad Request');
      const challenge = q.get('code_challenge') ?? '';
      if (q.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge))
        return oauthError('invalid_request', 'Invalid code_challenge or code_challenge_method');
      if (q.get('access_type') !== 'offline')
        return oauthError('invalid_request', 'access_type=offline expected by this test');
      const back = new URL(app.redirectUri);
      if (next.deny) back.searchParams.set('error', 'access_denied');
      else {
        const code = `4/${randomBytes(24).toString('base64url')}`;
        const scopes = q
          .get('scope')!
          .split(' ')
          .filter((scope) => !next.ungranted?.includes(scope));
        codes.set(code, { redirectUri: app.redirectUri, challenge, used: false, scopes });
        back.searchParams.set('code', code);
        back.searchParams.set('scope', scopes.join(' '));
      }
      if (q.has('state')) back.searchParams.set('state', q.get('state')!);
      return { status: 302, location: back.toString() };
    }
    if (method === 'POST' && url.pathname === '/token') {
      if (!clientOk(form)) return { status: 401, body: { error: 'invalid_client', error_description: 'Unauthorized' } };
      if (form.get('grant_type') === 'authorization_code') {
        const code = codes.get(form.get('code') ?? '');
        if (!code || code.used) return oauthError('invalid_grant', 'Bad Request');
        code.used = true;
        if (form.get('redirect_uri') !== code.redirectUri) return oauthError('redirect_uri_mismatch', 'Bad Request');
        if (s256(form.get('code_verifier') ?? '') !== code.challenge)
          return oauthError('invalid_grant', 'Invalid code verifier.');
        return issue(true, code.scopes);
      }
      if (form.get('grant_type') === 'refresh_token') {
        if (!refreshTokens.has(form.get('refresh_token') ?? ''))
          return oauthError('invalid_grant', 'Token has been expired or revoked.');
        return issue(false, granted.get(form.get('refresh_token')!) ?? []);
      }
      return oauthError('unsupported_grant_type', 'Invalid grant_type: ' + (form.get('grant_type') ?? ''));
    }
    if (method === 'POST' && url.pathname === '/revoke') {
      const token = form.get('token') ?? '';
      if (!refreshTokens.delete(token) && !validTokens.delete(token))
        return oauthError('invalid_token', 'Token expired or revoked');
      revoked.push(token);
      validTokens.clear();
      return { status: 200, body: {} };
    }
    const bearer = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
    if (!bearer)
      return apiError(
        401,
        'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        'required',
      );
    if (method !== 'GET' || !validTokens.has(bearer))
      return apiError(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token.');
    if (url.pathname === '/youtube/v3/channels' && q.get('mine') === 'true')
      return { status: 200, body: fixture('youtube', 'channels-mine.json') };
    if (url.pathname === '/youtube/v3/playlistItems' && q.get('playlistId') === 'UUa1b2c3d4e5f6g7h8i9j0kL')
      return { status: 200, body: fixture('youtube', 'playlist-items.json') };
    if (url.pathname === '/youtube/v3/videos' && q.get('id') === 'aNa1kLetS01,aNa1kLetS02')
      return { status: 200, body: fixture('youtube', 'videos.json') };
    if (url.pathname === '/v2/reports') return answerAnalytics(q, granted.get(bearer) ?? [], next.fewViewers ?? false);
    return { status: 404, body: { error: { code: 404, message: `Not found: ${url.pathname}`, status: 'NOT_FOUND' } } };
  };
  const { origin, close } = await serve(handler, exchanges);
  return { origin, exchanges, validTokens, next, revoked, close };
}

export const googleEnv = (origin: string, app: InstagramApp) => ({
  GOOGLE_CLIENT_ID: app.clientId,
  GOOGLE_CLIENT_SECRET: app.clientSecret,
  GOOGLE_AUTHORIZE_URL: `${origin}/o/oauth2/v2/auth`,
  GOOGLE_TOKEN_URL: `${origin}/token`,
  GOOGLE_REVOKE_URL: `${origin}/revoke`,
  YOUTUBE_API_URL: `${origin}/youtube/v3`,
  YOUTUBE_ANALYTICS_API_URL: `${origin}/v2`,
});

/**
 * TikTok Login Kit for Web (www.tiktok.com/v2/auth/authorize/, open.tiktokapis.com/v2/oauth/token/ and /revoke/)
 * and the Display API (/v2/user/info/, /v2/video/list/). The client is `client_key`: a request that names it
 * `client_id` is refused like any other malformed one.
 */
export async function startTikTokProvider(app: InstagramApp): Promise<GoogleProviderServer> {
  const exchanges: ProviderExchange[] = [];
  const validTokens = new Set<string>();
  const refreshTokens = new Set<string>();
  const revoked: string[] = [];
  const codes = new Map<string, { redirectUri: string; challenge: string; used: boolean }>();
  const next: ProviderServer['next'] = {};
  const logId = '202206221854370101130062072500FFA2';
  const oauthError = (error: string, description: string): Answer => ({
    status: 400,
    body: { error, error_description: description, log_id: logId },
  });
  const issue = (): Answer => {
    const access = `act.${randomBytes(24).toString('base64url')}`;
    const refresh = `rft.${randomBytes(24).toString('base64url')}`;
    validTokens.add(access);
    refreshTokens.add(refresh);
    return {
      status: 200,
      body: { ...(fixture('tiktok', 'token.json') as object), access_token: access, refresh_token: refresh },
    };
  };
  const handler: Handler = (method, url, form, authorization) => {
    const q = url.searchParams;
    if (method === 'GET' && url.pathname === '/v2/auth/authorize/') {
      if (q.get('client_key') !== app.clientId) return oauthError('invalid_client', 'client_key is required');
      if (q.get('redirect_uri') !== app.redirectUri) return oauthError('invalid_request', 'redirect_uri mismatch');
      if (q.get('response_type') !== 'code') return oauthError('invalid_request', 'response_type must be code');
      if (!(q.get('scope') ?? '').split(',').includes('user.info.basic')) return oauthError('invalid_scope', 'scope');
      const challenge = q.get('code_challenge') ?? '';
      if (q.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge))
        return oauthError('invalid_request', 'code_challenge with S256 expected');
      const back = new URL(app.redirectUri);
      if (next.deny) back.searchParams.set('error', 'access_denied');
      else {
        const code = randomBytes(24).toString('base64url');
        codes.set(code, { redirectUri: app.redirectUri, challenge, used: false });
        back.searchParams.set('code', code);
        back.searchParams.set('scopes', q.get('scope')!);
      }
      if (q.has('state')) back.searchParams.set('state', q.get('state')!);
      return { status: 302, location: back.toString() };
    }
    if (method === 'POST' && (url.pathname === '/v2/oauth/token/' || url.pathname === '/v2/oauth/revoke/')) {
      if (
        form.has('client_id') ||
        form.get('client_key') !== app.clientId ||
        form.get('client_secret') !== app.clientSecret
      )
        return oauthError('invalid_client', 'Client key or secret is incorrect.');
      if (url.pathname === '/v2/oauth/revoke/') {
        const token = form.get('token') ?? '';
        if (!validTokens.delete(token)) return oauthError('invalid_request', 'Token is invalid.');
        revoked.push(token);
        refreshTokens.clear();
        return { status: 200, body: {} };
      }
      if (form.get('grant_type') === 'authorization_code') {
        const code = codes.get(form.get('code') ?? '');
        if (!code || code.used) return oauthError('invalid_grant', 'Authorization code is expired.');
        code.used = true;
        if (form.get('redirect_uri') !== code.redirectUri)
          return oauthError('invalid_request', 'redirect_uri mismatch');
        if (s256(form.get('code_verifier') ?? '') !== code.challenge)
          return oauthError('invalid_grant', 'Code verifier does not match.');
        return issue();
      }
      if (form.get('grant_type') === 'refresh_token') {
        if (!refreshTokens.delete(form.get('refresh_token') ?? ''))
          return oauthError('invalid_grant', 'Refresh token is invalid or expired.');
        return issue();
      }
      return oauthError('unsupported_grant_type', 'grant_type');
    }
    const bearer = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
    if (!validTokens.has(bearer))
      return {
        status: 401,
        body: {
          data: {},
          error: {
            code: 'access_token_invalid',
            message: 'The access token is invalid or not found in the request.',
            log_id: logId,
          },
        },
      };
    if (method === 'GET' && url.pathname === '/v2/user/info/')
      return { status: 200, body: fixture('tiktok', '../tiktok/user-info-full.json') };
    if (method === 'POST' && url.pathname === '/v2/video/list/')
      return { status: 200, body: fixture('tiktok', '../tiktok/video-list.json') };
    return oauthError('invalid_request', `unknown path ${url.pathname}`);
  };
  const { origin, close } = await serve(handler, exchanges);
  return { origin, exchanges, validTokens, next, revoked, close };
}

export const tiktokEnv = (origin: string, app: InstagramApp) => ({
  TIKTOK_CLIENT_KEY: app.clientId,
  TIKTOK_CLIENT_SECRET: app.clientSecret,
  TIKTOK_AUTHORIZE_URL: `${origin}/v2/auth/authorize/`,
  TIKTOK_API_URL: origin,
});
