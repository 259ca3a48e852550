// YouTube as a social platform connector: Data API v3 responses (channels.list, videos.list) and its client.
import type { SocialPlatform } from '../social-platform.ts';
import { createYouTubeClient, type YouTubeClient } from './data-api-client.ts';
import { parseYouTubePayload } from './parse-youtube-payload.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const youtubePlatform: SocialPlatform<'youtube', YouTubeClient> = {
  platform: 'youtube',
  api: 'YouTube Data API',
  payloads: 'channels.list, videos.list',
  takesAccount: false,
  recognise: (json) => isObject(json) && typeof json.kind === 'string' && json.kind.startsWith('youtube#'),
  parse: parseYouTubePayload,
  client: ({ baseUrl, credential, fetch }) => createYouTubeClient({ baseUrl, apiKey: credential, fetch }),
};
