// Instagram Graph API client. Business Discovery reads any business or creator account by username
// through the caller's own IG user id; follower_demographics needs the creator's own connected
// account (its id and a token it granted). Responses are returned as they came, for the import
// service to validate and store: a live fetch and a recorded file follow one path.
import { AppError } from '../../core/app-error.ts';
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import type { FetchedPayload } from '../fetched-payload.ts';
import { getJson, type FetchFn } from '../http/get-json.ts';
import { businessDiscoverySchema } from './graph-schemas.ts';

export interface GraphClientOptions {
  /** e.g. https://graph.facebook.com/v21.0 (config INSTAGRAM_GRAPH_URL). */
  baseUrl: string;
  accessToken: string;
  fetch?: FetchFn;
}

const PROFILE_FIELDS =
  'id,username,name,biography,website,profile_picture_url,followers_count,follows_count,media_count';
const MEDIA_FIELDS = 'id,caption,comments_count,like_count,media_type,media_product_type,permalink,timestamp';
const PAGE_SIZE = 25;

/** The demographic breakdowns microreach stores. */
const DEMOGRAPHIC_BREAKDOWNS = ['age,gender', 'country', 'city'] as const;

export interface GraphClient {
  /** The profile, then media pages (following paging.cursors.after) until mediaLimit media are read. */
  businessDiscovery: (
    igUserId: string,
    username: string,
    options?: { mediaLimit?: number },
  ) => Promise<FetchedPayload[]>;
  /** follower_demographics of the connected account, one response per breakdown. */
  followerDemographics: (igUserId: string, breakdowns?: readonly string[]) => Promise<FetchedPayload[]>;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const get = (path: string[], params: Record<string, string>) => {
    const url = new URL(`${options.baseUrl.replace(/\/+$/, '')}/${path.map(encodeURIComponent).join('/')}`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    url.searchParams.set('access_token', options.accessToken);
    return getJson(url, { api: 'Instagram Graph API', secretParams: ['access_token'], fetch: options.fetch });
  };

  return {
    async businessDiscovery(igUserId, username, { mediaLimit = PAGE_SIZE } = {}) {
      // The username goes into a field expression: only a well-formed handle may.
      const handle = normalizeHandle('instagram', username);
      if (!handle) throw new AppError('bad_request', `"${username}" is not a valid Instagram username`);
      const discover = (fields: string) =>
        get([igUserId], { fields: `business_discovery.username(${handle}){${fields}}` });
      const payloads: FetchedPayload[] = [
        { name: `instagram @${handle} profile`, json: await discover(PROFILE_FIELDS) },
      ];
      const seen = new Set<string>();
      let after: string | undefined;
      let read = 0;
      for (let page = 1; read < mediaLimit; page++) {
        const limit = Math.min(PAGE_SIZE, mediaLimit - read);
        const json = await discover(`media${after ? `.after(${after})` : ''}.limit(${limit}){${MEDIA_FIELDS}}`);
        payloads.push({ name: `instagram @${handle} media page ${page}`, json });
        const media = businessDiscoverySchema.safeParse(json);
        // A page that does not validate is still handed on, so the import reports why; paging stops.
        if (!media.success || !media.data.business_discovery.media) break;
        const { data, paging } = media.data.business_discovery.media;
        read += data.length;
        const next = paging?.cursors?.after;
        if (!next || data.length === 0 || seen.has(next)) break;
        seen.add(next);
        after = next;
      }
      return payloads;
    },

    async followerDemographics(igUserId, breakdowns = DEMOGRAPHIC_BREAKDOWNS) {
      const payloads: FetchedPayload[] = [];
      for (const breakdown of breakdowns) {
        const json = await get([igUserId, 'insights'], {
          metric: 'follower_demographics',
          period: 'lifetime',
          metric_type: 'total_value',
          breakdown,
        });
        payloads.push({ name: `instagram ${igUserId} follower_demographics by ${breakdown}`, json });
      }
      return payloads;
    },
  };
}
