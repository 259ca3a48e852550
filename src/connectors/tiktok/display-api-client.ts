// TikTok Display API v2 client: the creator's own profile and videos, with the access token the
// creator granted (Login Kit). Responses are returned as they came, for the import service to
// validate and store: a live read and a recorded file follow one path.
import type { FetchedPayload } from '../fetched-payload.ts';
import { getJson, type FetchFn } from '../http/get-json.ts';

export interface TikTokClientOptions {
  /** e.g. https://open.tiktokapis.com/v2 */
  baseUrl: string;
  accessToken: string;
  fetch?: FetchFn;
}

const USER_FIELDS =
  'open_id,union_id,avatar_url,display_name,bio_description,profile_deep_link,is_verified,username,' +
  'follower_count,following_count,likes_count,video_count';
const VIDEO_FIELDS =
  'id,create_time,title,video_description,duration,cover_image_url,share_url,' +
  'like_count,comment_count,share_count,view_count';
/** The API returns at most 20 videos per call. */
const PAGE_SIZE = 20;

export interface TikTokClient {
  userInfo: () => Promise<FetchedPayload[]>;
  /** video/list pages (following cursor while has_more) until videoLimit videos are read. */
  videos: (options?: { videoLimit?: number }) => Promise<FetchedPayload[]>;
}

export function createTikTokClient(options: TikTokClientOptions): TikTokClient {
  const call = (path: string, fields: string, body?: unknown) => {
    const url = new URL(`${options.baseUrl.replace(/\/+$/, '')}/${path}`);
    url.searchParams.set('fields', fields);
    const headers: Record<string, string> = { authorization: `Bearer ${options.accessToken}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const request =
      body === undefined
        ? { method: 'GET' as const, headers }
        : { method: 'POST' as const, headers, body: JSON.stringify(body) };
    return getJson(url, { api: 'TikTok Display API', secretParams: [], fetch: options.fetch, request });
  };
  return {
    userInfo: async () => [{ name: 'tiktok user/info', json: await call('user/info/', USER_FIELDS) }],
    videos: async ({ videoLimit = 60 } = {}) => {
      const pages: FetchedPayload[] = [];
      let cursor: number | undefined;
      for (let read = 0; read < videoLimit; ) {
        const page = { max_count: Math.min(PAGE_SIZE, videoLimit - read), ...(cursor ? { cursor } : {}) };
        const json = await call('video/list/', VIDEO_FIELDS, page);
        pages.push({ name: `tiktok video/list page ${pages.length + 1}`, json });
        const data = (json as { data?: { videos?: unknown[]; cursor?: number; has_more?: boolean } }).data;
        read += data?.videos?.length ?? 0;
        if (!data?.has_more || !data.videos?.length || data.cursor === undefined) break;
        cursor = data.cursor;
      }
      return pages;
    },
  };
}
