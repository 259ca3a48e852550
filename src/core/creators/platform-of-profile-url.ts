import type { Platform } from './creator-record.ts';

const HOSTS: Record<string, Platform> = {
  'instagram.com': 'instagram',
  'tiktok.com': 'tiktok',
  'youtube.com': 'youtube',
};

/** The platform a profile link points to ("https://www.instagram.com/nasa/" → instagram), else undefined. */
export function platformOfProfileUrl(text: string): Platform | undefined {
  const trimmed = text.trim().toLowerCase();
  const scheme = ['https://', 'http://'].find((s) => trimmed.startsWith(s)) ?? '';
  const afterScheme = trimmed.slice(scheme.length);
  const host = afterScheme.split('/', 1)[0] ?? '';
  if (host === afterScheme) return undefined; // a bare word ("instagram.com" alone) names no profile
  const bare = host.startsWith('www.') ? host.slice(4) : host.startsWith('m.') ? host.slice(2) : host;
  return HOSTS[bare];
}
