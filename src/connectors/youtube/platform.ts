// YouTube as a social platform connector: Data API v3 responses (channels.list, videos.list), YouTube Analytics
// audience reports of a connected channel, and the Data API client.
import type { SocialPlatform } from '../social-platform.ts';
import { createYouTubeClient, type YouTubeClient } from './data-api-client.ts';
import { parseYouTubePayload } from './parse-youtube-payload.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const youtubePlatform: SocialPlatform<'youtube', YouTubeClient> = {
  platform: 'youtube',
  api: 'YouTube Data API',
  payloads: 'channels.list, videos.list, YouTube Analytics reports (connected channel)',
  takesAccount: false,
  recognise: (json) => isObject(json) && typeof json.kind === 'string' && /^youtube(Analytics)?#/.test(json.kind),
  parse: parseYouTubePayload,
  client: ({ baseUrl, credential, fetch }) => createYouTubeClient({ baseUrl, apiKey: credential, fetch }),
};
