// Where an account lives on its platform, and which hosts may serve its profile picture (the server
// fetches pictures only from the platforms' own image hosts, so an imported URL cannot make it call
// anything else).
import type { Platform } from './domain-constants.ts';

export function accountUrl(platform: Platform, handle: string): string {
  const h = encodeURIComponent(handle);
  if (platform === 'instagram') return `https://www.instagram.com/${h}/`;
  if (platform === 'tiktok') return `https://www.tiktok.com/@${h}`;
  return /^UC[\w-]{22}$/.test(handle) ? `https://www.youtube.com/channel/${h}` : `https://www.youtube.com/@${h}`;
}

/** Host suffixes of the platforms' image CDNs. */
export const PICTURE_HOST_SUFFIXES = [
  'cdninstagram.com',
  'fbcdn.net',
  'ggpht.com',
  'ytimg.com',
  'googleusercontent.com',
  'tiktokcdn.com',
  'tiktokcdn-us.com',
];

/**
 * True for an https URL on one of the hosts (or their subdomains), without credentials or port.
 * `plainHttp` (tests against a local server only) also accepts http and a port.
 */
export function isPictureUrlAllowed(
  url: string,
  suffixes: readonly string[] = PICTURE_HOST_SUFFIXES,
  plainHttp = false,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const protocolOk = parsed.protocol === 'https:' || (plainHttp && parsed.protocol === 'http:');
  if (!protocolOk || parsed.username || parsed.password || (parsed.port && !plainHttp)) return false;
  const host = parsed.hostname.toLowerCase();
  return suffixes.some((s) => host === s || host.endsWith(`.${s}`));
}

/** The image type from its first bytes (JPEG, PNG, GIF, WebP), or null: nothing else is served. */
export function sniffImageType(bytes: Uint8Array): string | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46) return 'image/gif';
  if (
    b(0) === 0x52 &&
    b(1) === 0x49 &&
    b(2) === 0x46 &&
    b(3) === 0x46 &&
    b(8) === 0x57 &&
    b(9) === 0x45 &&
    b(10) === 0x42 &&
    b(11) === 0x50
  )
    return 'image/webp';
  return null;
}
