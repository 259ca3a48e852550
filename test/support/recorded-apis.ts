// Routes that replay the recorded Instagram Graph and YouTube payloads of ../shared/data.
import { readFileSync } from 'node:fs';
import { loadJson } from './load-json.ts';
import type { Route } from './replay-server.ts';

export const IG_CALLER_ID = '17841406338772941';
export const IG_TOKEN = 'test-token-123';
export const YT_KEY = 'test-key-456';

const graphError = (message: string, code = 190) => ({
  error: { message, type: 'OAuthException', code, fbtrace_id: 'A1b2' },
});

/** Story-mention senders (Instagram-scoped ids) the User Profile API names: facebookfordevelopers. */
export const IGSID_KNOWN = '6990000000000001';
/** An IGSID Graph will not read (test/fixtures/instagram-user-profile/unknown-igsid.json). */
export const IGSID_UNKNOWN = '6990000000000002';
const USER_PROFILE_FIELDS = new Set(['name', 'username', 'profile_pic', 'follower_count', 'is_verified_user']);
const profileFixture = (file: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/instagram-user-profile/${file}`, import.meta.url), 'utf8'));

/**
 * Graph API v21.0 under /v21.0: Business Discovery of facebookfordevelopers (profile, two media pages), follower
 * demographics, and the Messaging User Profile API for IGSIDs (fields beyond the documented ones are refused).
 */
export const graphRoutes: Route = (url) => {
  const ig = (file: string) => ({ body: loadJson('api-instagram-graph', file) });
  if (url.searchParams.get('access_token') !== IG_TOKEN)
    return { status: 400, body: graphError('Invalid OAuth access token - Cannot parse access token') };
  if (url.pathname === `/v21.0/${IGSID_KNOWN}` || url.pathname === `/v21.0/${IGSID_UNKNOWN}`) {
    const fields = (url.searchParams.get('fields') ?? '').split(',');
    const bad = fields.find((f) => !USER_PROFILE_FIELDS.has(f));
    if (bad !== undefined)
      return { status: 400, body: graphError(`(#100) Tried accessing nonexisting field (${bad})`, 100) };
    if (url.pathname.endsWith(IGSID_UNKNOWN)) return { status: 400, body: profileFixture('unknown-igsid.json') };
    return { body: profileFixture('user-profile.json') };
  }
  if (url.pathname === `/v21.0/${IG_CALLER_ID}`) {
    const fields = url.searchParams.get('fields') ?? '';
    if (!fields.startsWith('business_discovery.username(facebookfordevelopers){')) {
      return { status: 400, body: graphError('(#110) Cannot find User facebookfordevelopers', 110) };
    }
    if (!fields.includes('{media')) return ig('pyfacebook_discovery_user_fields.json');
    // The recorded first page ends with cursor "after"; the second page is served for it.
    return fields.includes('media.after(after)')
      ? ig('pyfacebook_discovery_medias_p2.json')
      : ig('pyfacebook_discovery_medias_p1.json');
  }
  if (
    url.pathname === `/v21.0/${IG_CALLER_ID}/insights` &&
    url.searchParams.get('metric') === 'follower_demographics'
  ) {
    const breakdown = url.searchParams.get('breakdown');
    if (breakdown === 'age,gender') return ig('airbyte_follower_demographics_age_gender.json');
    if (breakdown === 'city') return ig('airbyte_follower_demographics_city.json');
    // No recording by country: answer as Graph does for an account without enough followers.
    if (breakdown === 'country') return { body: { data: [] } };
  }
  return undefined;
};

/** YouTube Data API v3 under /youtube/v3. */
export const youtubeRoutes: Route = (url) => {
  const yt = (file: string) => ({ body: loadJson('api-youtube', file) });
  if (url.searchParams.get('key') !== YT_KEY) {
    return {
      status: 400,
      body: {
        error: {
          code: 400,
          message: 'API key not valid. Please pass a valid API key.',
          errors: [{ reason: 'badRequest' }],
        },
      },
    };
  }
  const id = url.searchParams.get('id');
  if (url.pathname === '/youtube/v3/channels') {
    if (id === 'UC_x5XG1OV2P6uZZ5FSM9Ttw' || url.searchParams.get('forHandle') === '@googledevelopers')
      return yt('pyyoutube_channel_info_single.json');
    if (id === 'UCK8sQmJBp8GCxrOtXWBpyEA,UC_x5XG1OV2P6uZZ5FSM9Ttw') return yt('pyyoutube_channels_info_multiple.json');
  }
  if (url.pathname === '/youtube/v3/videos') {
    if (id === 'D-lhorsDlUQ') return yt('pyyoutube_model_video_api_response.json');
    if (id === 'D-lhorsDlUQ,ovdbrdCIP7U') return yt('pyyoutube_videos_info_multi.json');
  }
  return undefined;
};
