// TikTok as a social platform connector: Display API v2 responses (user info, video list) read with
// the creator's consent (Login Kit token), and the Display API client.
import type { SocialPlatform } from '../social-platform.ts';
import { createTikTokClient, type TikTokClient } from './display-api-client.ts';
import { displayApiEnvelopeSchema } from './display-api-schemas.ts';
import { parseDisplayApiPayload } from './parse-display-api-payload.ts';

export const tiktokPlatform: SocialPlatform<'tiktok', TikTokClient> = {
  platform: 'tiktok',
  api: 'TikTok Display API',
  payloads: 'user/info, video/list',
  takesAccount: true,
  recognise: (json) => {
    const envelope = displayApiEnvelopeSchema.safeParse(json);
    if (!envelope.success || envelope.data.error.code !== 'ok') return false;
    return 'user' in envelope.data.data || 'videos' in envelope.data.data;
  },
  parse: parseDisplayApiPayload,
  client: ({ baseUrl, credential, fetch }) => createTikTokClient({ baseUrl, accessToken: credential, fetch }),
};
