// YouTube Data API v3 client (API key). Responses are returned as they came, for the import service
// to validate and store.
import { AppError } from '../../core/app-error.ts';
import type { FetchedPayload } from '../fetched-payload.ts';
import { getJson, type FetchFn } from '../http/get-json.ts';

export interface YouTubeClientOptions {
  /** e.g. https://www.googleapis.com/youtube/v3 (config YOUTUBE_API_URL). */
  baseUrl: string;
  apiKey: string;
  fetch?: FetchFn;
}

const CHANNEL_PARTS = 'snippet,statistics,contentDetails';
const VIDEO_PARTS = 'snippet,contentDetails,statistics,paidProductPlacementDetails';
/** The API takes at most 50 ids per call. */
const MAX_IDS = 50;
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;

export interface YouTubeClient {
  /** channels.list for channel ids (UC…) and @handles; one response per call made. */
  channels: (refs: string[]) => Promise<FetchedPayload[]>;
  /** videos.list with snippet, contentDetails, statistics and paidProductPlacementDetails. */
  videos: (ids: string[]) => Promise<FetchedPayload[]>;
}

export function createYouTubeClient(options: YouTubeClientOptions): YouTubeClient {
  const get = (resource: string, params: Record<string, string>) => {
    const url = new URL(`${options.baseUrl.replace(/\/+$/, '')}/${resource}`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    url.searchParams.set('key', options.apiKey);
    return getJson(url, { api: 'YouTube Data API', secretParams: ['key'], fetch: options.fetch });
  };

  return {
    async channels(refs) {
      const ids = refs.filter((r) => CHANNEL_ID.test(r));
      const handles = refs.filter((r) => !CHANNEL_ID.test(r)).map((r) => r.replace(/^@/, ''));
      const bad = handles.find((h) => !/^[\p{L}\p{N}._-]{3,30}$/u.test(h));
      if (bad !== undefined)
        throw new AppError('bad_request', `"${bad}" is neither a channel id (UC…) nor a YouTube handle`);
      const payloads: FetchedPayload[] = [];
      for (const chunk of chunks(ids)) {
        payloads.push({
          name: `youtube channels ${chunk.join(',')}`,
          json: await get('channels', { part: CHANNEL_PARTS, id: chunk.join(',') }),
        });
      }
      for (const handle of handles) {
        payloads.push({
          name: `youtube channel @${handle}`,
          json: await get('channels', { part: CHANNEL_PARTS, forHandle: `@${handle}` }),
        });
      }
      return payloads;
    },

    async videos(ids) {
      const bad = ids.find((id) => !/^[A-Za-z0-9_-]+$/.test(id));
      if (bad !== undefined) throw new AppError('bad_request', `"${bad}" is not a YouTube video id`);
      const payloads: FetchedPayload[] = [];
      for (const chunk of chunks(ids)) {
        payloads.push({
          name: `youtube videos ${chunk.join(',')}`,
          json: await get('videos', { part: VIDEO_PARTS, id: chunk.join(',') }),
        });
      }
      return payloads;
    },
  };
}

function chunks(values: string[]): string[][] {
  const unique = [...new Set(values)];
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += MAX_IDS) out.push(unique.slice(i, i + MAX_IDS));
  return out;
}
