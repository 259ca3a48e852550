// TikTok Login Kit for Web (v2) and the Display API. Authorization at www.tiktok.com/v2/auth/authorize/ and the
// token exchanges at open.tiktokapis.com/v2/oauth/token/ follow RFC 6749 except that the client is named
// `client_key`, not `client_id`: the request is adapted on the wire so oauth4webapi runs the exchanges and checks
// the answers. TikTok rotates refresh tokens (a new one on every refresh, valid 365 days) and documents revocation
// at /v2/oauth/revoke/. TikTok documents PKCE for its desktop and mobile kits, not for the web kit: microreach
// sends the RFC 7636 S256 challenge anyway. Her profile (user/info) and latest videos (video/list) are read with the
// existing Display API client. Login Kit and the Display API give no audience demographics to her own token (the
// user object has counts, not who follows her; demographics are in TikTok's API for Business, a separate app for
// business accounts): her audience stays estimated, and the read says so.
import { z } from 'zod';
import type { ProviderConfig } from '../../config.ts';
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import type { FetchFn } from '../http/get-json.ts';
import {
  authorizationUrl,
  exchangeCode,
  refreshGrant,
  revokeToken,
  tokensOf,
  type OAuthEndpoints,
} from '../oauth/authorization-code.ts';
import { ConnectionFailed, type OAuthProviderClient } from '../oauth/oauth-provider.ts';
import { createTikTokClient } from './display-api-client.ts';

export const TIKTOK_SCOPES = 'user.info.basic,user.info.profile,user.info.stats,video.list';
const VIDEO_LIMIT = 20;

const userSchema = z.object({
  data: z.object({ user: z.object({ open_id: z.string().min(1), username: z.string().min(1) }) }),
});

/** client_id → client_key in a token, refresh or revoke request body. */
export function asTikTokClient(body: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(body);
  const id = out.get('client_id');
  if (id !== null) {
    out.delete('client_id');
    out.set('client_key', id);
  }
  return out;
}

/** Shown to her after connecting TikTok. */
export const TIKTOK_AUDIENCE_NOTE =
  'TikTok does not share who your followers are (age, gender, country) with apps like this one, so your audience stays estimated';

export function tiktokLogin(config: ProviderConfig, fetchFn?: FetchFn): OAuthProviderClient {
  const endpoints: OAuthEndpoints = {
    provider: 'tiktok',
    config,
    issuer: 'https://www.tiktok.com',
    fetch: fetchFn,
    adapt: { request: (_url, body) => asTikTokClient(body) },
  };
  return {
    provider: 'tiktok',
    authorizationUrl(r) {
      const url = authorizationUrl(endpoints, { ...r, scope: TIKTOK_SCOPES }, { client_key: config.clientId ?? '' });
      url.searchParams.delete('client_id');
      return url;
    },
    async exchangeCode(x, now) {
      const r = await exchangeCode(endpoints, x);
      return tokensOf(r, now, r.refresh_expires_in);
    },
    async refresh(tokens, now) {
      if (!tokens.refreshToken) throw new ConnectionFailed('tiktok', 'TikTok issued no refresh token: connect again');
      const r = await refreshGrant(endpoints, tokens.refreshToken);
      return tokensOf(r, now, r.refresh_expires_in);
    },
    async revoke(tokens) {
      await revokeToken(endpoints, tokens.accessToken);
      return 'revoked';
    },
    async read(tokens) {
      const client = createTikTokClient({
        baseUrl: `${config.apiUrl}/v2`,
        accessToken: tokens.accessToken,
        fetch: fetchFn,
      });
      const info = await client.userInfo();
      const user = userSchema.safeParse(info[0]?.json);
      if (!user.success) throw new ConnectionFailed('tiktok', 'the profile read did not name the account');
      const handle = normalizeHandle('tiktok', user.data.data.user.username);
      if (!handle)
        throw new ConnectionFailed('tiktok', `"${user.data.data.user.username}" is not a valid TikTok username`);
      const videos = await client.videos({ videoLimit: VIDEO_LIMIT });
      const named = [...info, ...videos].map((p) => ({ ...p, name: `${p.name} (connected @${handle})` }));
      return { externalId: user.data.data.user.open_id, handle, payloads: named, audienceNote: TIKTOK_AUDIENCE_NOTE };
    },
  };
}
