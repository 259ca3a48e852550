// Instagram API with Instagram Login (Business Login for Instagram): the creator's professional account, with her
// consent. Authorization at www.instagram.com/oauth/authorize; the code → a short-lived token (1 hour) at
// api.instagram.com/oauth/access_token, which answers {data:[{access_token, user_id, permissions}]} with no
// token_type (adapted so oauth4webapi checks the rest); then the long-lived token (60 days) from graph.instagram.com
// /access_token?grant_type=ig_exchange_token, renewed with /refresh_access_token?grant_type=ig_refresh_token.
// Meta documents no PKCE and no revocation endpoint for this flow: PKCE is sent anyway (extra parameters are
// ignored), and disconnecting deletes the token here (she removes the app in Instagram's settings).
import { z } from 'zod';
import type { ProviderConfig } from '../../config.ts';
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import type { FetchedPayload } from '../fetched-payload.ts';
import { getJson, type FetchFn } from '../http/get-json.ts';
import { authorizationUrl, exchangeCode, type OAuthEndpoints } from '../oauth/authorization-code.ts';
import { ConnectionFailed, type OAuthProviderClient, type ProviderTokens } from '../oauth/oauth-provider.ts';
import { createGraphClient } from './graph-client.ts';

/** Profile, media with their counts, and insights (follower_demographics) of her own account. */
export const INSTAGRAM_SCOPES = 'instagram_business_basic,instagram_business_manage_insights';
const GRAPH_VERSION = 'v21.0';
const PROFILE_FIELDS =
  'id,user_id,username,name,biography,website,profile_picture_url,followers_count,follows_count,media_count';
const MEDIA_FIELDS = 'id,caption,comments_count,like_count,media_type,media_product_type,permalink,timestamp,username';

const longLivedTokenSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().int().positive(),
});
const meSchema = z.object({ id: z.string().regex(/^\d+$/), username: z.string().min(1) });

/** Instagram's token answer in RFC 6749 form: data[0] unwrapped, token_type added, its error fields renamed. */
export function adaptInstagramTokenResponse(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return json;
  const o = json as Record<string, unknown>;
  if (typeof o.error_type === 'string' || typeof o.error_message === 'string')
    return { error: o.error_type ?? 'OAuthException', error_description: o.error_message };
  const inner = Array.isArray(o.data) && typeof o.data[0] === 'object' ? (o.data[0] as Record<string, unknown>) : o;
  const permissions = Array.isArray(inner.permissions) ? inner.permissions.join(',') : inner.permissions;
  return { token_type: 'bearer', ...inner, ...(typeof permissions === 'string' ? { scope: permissions } : {}) };
}

export function instagramLogin(config: ProviderConfig, fetchFn?: FetchFn): OAuthProviderClient {
  const endpoints: OAuthEndpoints = {
    provider: 'instagram',
    config,
    issuer: 'https://www.instagram.com',
    fetch: fetchFn,
    adapt: { response: adaptInstagramTokenResponse },
  };
  const api = (path: string, params: Record<string, string>) => {
    const url = new URL(`${config.apiUrl}/${path}`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return getJson(url, { api: 'Instagram API', secretParams: ['access_token', 'client_secret'], fetch: fetchFn });
  };
  const longLived = async (path: string, params: Record<string, string>, now: Date): Promise<ProviderTokens> => {
    const parsed = longLivedTokenSchema.safeParse(await api(path, params));
    if (!parsed.success) throw new ConnectionFailed('instagram', `unexpected answer from ${path}`);
    return {
      accessToken: parsed.data.access_token,
      refreshToken: null,
      accessExpiresAt: new Date(now.getTime() + parsed.data.expires_in * 1000).toISOString(),
      refreshExpiresAt: null,
      scope: null,
    };
  };

  return {
    provider: 'instagram',
    authorizationUrl: (r) => authorizationUrl(endpoints, { ...r, scope: INSTAGRAM_SCOPES }),
    async exchangeCode(x, now) {
      const short = await exchangeCode(endpoints, x);
      const tokens = await longLived(
        'access_token',
        { grant_type: 'ig_exchange_token', client_secret: config.clientSecret ?? '', access_token: short.access_token },
        now,
      );
      return { ...tokens, scope: short.scope ?? null };
    },
    async refresh(tokens, now) {
      const renewed = await longLived(
        'refresh_access_token',
        { grant_type: 'ig_refresh_token', access_token: tokens.accessToken },
        now,
      );
      return { ...renewed, scope: tokens.scope };
    },
    revoke: async () => 'not_documented',
    async read(tokens) {
      const token = { access_token: tokens.accessToken };
      const profile = await api(`${GRAPH_VERSION}/me`, { fields: PROFILE_FIELDS, ...token });
      const me = meSchema.safeParse(profile);
      if (!me.success) throw new ConnectionFailed('instagram', 'the profile read did not name the account');
      const handle = normalizeHandle('instagram', me.data.username);
      if (!handle) throw new ConnectionFailed('instagram', `"${me.data.username}" is not a valid Instagram username`);
      const media = await api(`${GRAPH_VERSION}/me/media`, { fields: MEDIA_FIELDS, limit: '25', ...token });
      const graph = createGraphClient({
        baseUrl: `${config.apiUrl}/${GRAPH_VERSION}`,
        accessToken: tokens.accessToken,
        fetch: fetchFn,
      });
      const payloads: FetchedPayload[] = [
        { name: `instagram @${handle} connected profile`, json: profile },
        { name: `instagram @${handle} connected media`, json: media },
        ...(await graph.followerDemographics(me.data.id)),
      ];
      return { externalId: me.data.id, handle, payloads, audienceNote: null };
    },
  };
}
