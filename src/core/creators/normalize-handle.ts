// Handles are compared in one normal form: no URL, no leading @, lower case (platform handles are
// case-insensitive), surrounding whitespace removed.
import type { Platform } from './creator-record.ts';

const PATTERNS: Record<Platform, RegExp> = {
  // Instagram: letters, digits, dot, underscore; up to 30.
  instagram: /^[a-z0-9._]{1,30}$/,
  // TikTok: letters, digits, dot, underscore; 2 to 24.
  tiktok: /^[a-z0-9._]{2,24}$/,
  // YouTube: @handles allow hyphens and dots (3 to 30); channel ids are "UC" + 22 characters.
  youtube: /^([a-z0-9._-]{3,30}|uc[a-z0-9_-]{22})$/,
};

/** Normal form of a handle or profile URL, or undefined when it cannot be a handle on that platform. */
export function normalizeHandle(platform: Platform, raw: string): string | undefined {
  let s = raw.trim();
  const url = s.match(
    /^(?:https?:\/\/)?(?:www\.|m\.)?(?:instagram\.com|tiktok\.com|youtube\.com)\/(?:channel\/)?(@?[^/?#\s]+)/i,
  );
  if (url?.[1]) s = url[1];
  s = s.replace(/^@/, '');
  // YouTube channel ids are case-sensitive; keep them as given.
  if (platform === 'youtube' && /^UC[A-Za-z0-9_-]{22}$/.test(s)) return s;
  const lower = s.toLowerCase();
  return PATTERNS[platform].test(lower) ? lower : undefined;
}
