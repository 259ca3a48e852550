// YouTube through Google OAuth 2.0 for web server apps: authorization at accounts.google.com/o/oauth2/v2/auth with
// PKCE S256 (documented by Google), `access_type=offline` and `prompt=consent` so a refresh token is always issued;
// the code and refresh grants and RFC 7009 revocation at oauth2.googleapis.com are standard and run through
// oauth4webapi. Her channel is read with the token (channels.list mine=true), then her latest uploads (the uploads
// playlist, then videos.list), and imported like any YouTube Data API response. Her audience (age × gender,
// countries) comes from the YouTube Analytics API (read-channel-audience.ts) and is imported as verified.
import { z } from 'zod';
import type { ConnectionsConfig } from '../../config.ts';
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import type { FetchedPayload } from '../fetched-payload.ts';
import { getJson, type FetchFn } from '../http/get-json.ts';
import {
  authorizationUrl,
  exchangeCode,
  refreshGrant,
  revokeToken,
  tokensOf,
  type OAuthEndpoints,
} from '../oauth/authorization-code.ts';
import { ConnectionFailed, type OAuthProviderClient } from '../oauth/oauth-provider.ts';
import { readChannelAudience, YOUTUBE_ANALYTICS_SCOPE } from './read-channel-audience.ts';

export const YOUTUBE_SCOPES = `https://www.googleapis.com/auth/youtube.readonly ${YOUTUBE_ANALYTICS_SCOPE}`;
const VIDEO_LIMIT = 25;

const mineSchema = z.object({
  items: z
    .array(
      z.object({
        id: z.string().regex(/^UC[A-Za-z0-9_-]{22}$/),
        snippet: z.object({ customUrl: z.string().optional() }).optional(),
        contentDetails: z
          .object({ relatedPlaylists: z.object({ uploads: z.string().optional() }).optional() })
          .optional(),
      }),
    )
    .min(1),
});
const playlistSchema = z.object({ items: z.array(z.object({ contentDetails: z.object({ videoId: z.string() }) })) });

export function googleOAuth(config: ConnectionsConfig['youtube'], fetchFn?: FetchFn): OAuthProviderClient {
  const endpoints: OAuthEndpoints = {
    provider: 'youtube',
    config,
    issuer: 'https://accounts.google.com',
    fetch: fetchFn,
  };
  const get = (resource: string, params: Record<string, string>, accessToken: string) => {
    const url = new URL(`${config.apiUrl}/${resource}`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return getJson(url, {
      api: 'YouTube Data API',
      secretParams: [],
      fetch: fetchFn,
      request: { method: 'GET', headers: { authorization: `Bearer ${accessToken}` } },
    });
  };
  return {
    provider: 'youtube',
    authorizationUrl: (r) =>
      authorizationUrl(endpoints, { ...r, scope: YOUTUBE_SCOPES }, { access_type: 'offline', prompt: 'consent' }),
    exchangeCode: async (x, now) => tokensOf(await exchangeCode(endpoints, x), now),
    async refresh(tokens, now) {
      if (!tokens.refreshToken) throw new ConnectionFailed('youtube', 'Google issued no refresh token: connect again');
      return tokensOf(await refreshGrant(endpoints, tokens.refreshToken), now);
    },
    async revoke(tokens) {
      // Revoking the refresh token revokes the whole grant (Google's documentation).
      await revokeToken(endpoints, tokens.refreshToken ?? tokens.accessToken);
      return 'revoked';
    },
    async read(tokens, now) {
      const channels = await get(
        'channels',
        { part: 'snippet,statistics,contentDetails', mine: 'true' },
        tokens.accessToken,
      );
      const mine = mineSchema.safeParse(channels);
      if (!mine.success) throw new ConnectionFailed('youtube', 'this Google account has no YouTube channel');
      const channel = mine.data.items[0]!;
      const handle =
        (channel.snippet?.customUrl ? normalizeHandle('youtube', channel.snippet.customUrl) : undefined) ?? channel.id;
      const payloads: FetchedPayload[] = [{ name: `youtube ${handle} connected channel`, json: channels }];
      const uploads = channel.contentDetails?.relatedPlaylists?.uploads;
      if (uploads) {
        const list = playlistSchema.safeParse(
          await get(
            'playlistItems',
            { part: 'contentDetails', playlistId: uploads, maxResults: String(VIDEO_LIMIT) },
            tokens.accessToken,
          ),
        );
        const ids = list.success ? list.data.items.map((i) => i.contentDetails.videoId) : [];
        if (ids.length > 0)
          payloads.push({
            name: `youtube ${handle} connected videos`,
            json: await get(
              'videos',
              { part: 'snippet,contentDetails,statistics,paidProductPlacementDetails', id: ids.join(',') },
              tokens.accessToken,
            ),
          });
      }
      const audience = await readChannelAudience({
        baseUrl: config.audienceUrl,
        accessToken: tokens.accessToken,
        scope: tokens.scope,
        handle,
        now,
        fetch: fetchFn,
      });
      return {
        externalId: channel.id,
        handle,
        payloads: [...payloads, ...audience.payloads],
        audienceNote: audience.note,
      };
    },
  };
}
