// The social platforms microreach reads, one connector each (see social-platform.ts).
import { instagramPlatform } from './instagram/platform.ts';
import { tiktokPlatform } from './tiktok/platform.ts';
import { youtubePlatform } from './youtube/platform.ts';

export const SOCIAL_PLATFORMS = [instagramPlatform, youtubePlatform, tiktokPlatform] as const;

export type SocialPlatformName = (typeof SOCIAL_PLATFORMS)[number]['platform'];

type ConnectorOf<N extends SocialPlatformName> = Extract<(typeof SOCIAL_PLATFORMS)[number], { platform: N }>;

export function socialPlatform<N extends SocialPlatformName>(name: N): ConnectorOf<N> {
  const found = SOCIAL_PLATFORMS.find((p) => p.platform === name);
  if (!found) throw new Error(`no connector for ${name}`);
  return found as ConnectorOf<N>;
}

/** The platform whose API a payload comes from, when one recognises it. */
export const platformOfPayload = (json: unknown): SocialPlatformName | undefined =>
  SOCIAL_PLATFORMS.find((p) => p.recognise(json))?.platform;
