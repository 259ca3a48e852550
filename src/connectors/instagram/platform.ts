// Instagram as a social platform connector: Graph API responses (Business Discovery, user and media
// reads, insights, follower_demographics) and the Graph API client.
import type { SocialPlatform } from '../social-platform.ts';
import { createGraphClient, type GraphClient } from './graph-client.ts';
import { parseGraphPayload } from './parse-graph-payload.ts';
import { recogniseGraphPayload } from './recognise-graph-payload.ts';

export const instagramPlatform: SocialPlatform<'instagram', GraphClient> = {
  platform: 'instagram',
  api: 'Instagram Graph API',
  payloads: 'Business Discovery, media, insights, follower demographics',
  takesAccount: true,
  brandTags: true,
  recognise: (json) => recogniseGraphPayload(json) !== undefined && recogniseGraphPayload(json) !== 'error',
  parse: parseGraphPayload,
  client: ({ baseUrl, credential, fetch }) => createGraphClient({ baseUrl, accessToken: credential, fetch }),
};
