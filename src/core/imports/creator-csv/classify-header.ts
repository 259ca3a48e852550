// What one header says a column holds. The header alone cannot tell a handle from a display name
// (real exports swap them), so those come back as "identity" and are settled by content later.
import type { Platform } from '../../creators/creator-record.ts';
import { FIELD_BY_KEY, type NumberField, type TextField } from './creator-csv-fields.ts';
import { headerKey, headerTokens } from './header-tokens.ts';

export type HeaderRole =
  | { role: 'number'; field: NumberField }
  | { role: 'text'; field: TextField }
  | { role: 'category' }
  /** A handle or a display name; `hint` is what the header suggests. */
  | { role: 'identity'; hint: 'handle' | 'name' }
  /** The creator's account on one platform ("instagram", "TikTok handle", "YouTube URL"). */
  | { role: 'platform_handle'; platform: Platform }
  | { role: 'unknown' };

const PLATFORM_WORDS: Record<string, Platform> = { instagram: 'instagram', insta: 'instagram', ig: 'instagram', tiktok: 'tiktok', youtube: 'youtube', yt: 'youtube' };
const ACCOUNT_WORDS = new Set(['handle', 'username', 'user', 'url', 'link', 'profile', 'account', 'id']);
const HANDLE_WORDS = new Set(['handle', 'username', 'user', 'account', 'profile', 'url', 'link', 'info', 'id']);
const IDENTITY_WORDS = new Set([...HANDLE_WORDS, 'name', 'nickname', 'channel', 'tiktoker', 'youtuber', 'instagrammer', 'influencer', 'creator']);

export function classifyHeader(header: string): HeaderRole {
  const tokens = headerTokens(header);
  if (tokens.length === 0) return { role: 'unknown' };
  const known = FIELD_BY_KEY.get(headerKey(header));
  if (known) return known.kind === 'number' ? { role: 'number', field: known.field } : { role: 'text', field: known.field };
  if (tokens[0] === 'category' && tokens.slice(1).every((t) => /^\d+$/.test(t)) || tokens.join(' ') === 'niche') return { role: 'category' };

  const platform = tokens.map((t) => PLATFORM_WORDS[t]).find(Boolean);
  const rest = tokens.filter((t) => !PLATFORM_WORDS[t]);
  if (platform && rest.every((t) => ACCOUNT_WORDS.has(t))) return { role: 'platform_handle', platform };

  if (tokens.some((t) => IDENTITY_WORDS.has(t))) {
    return { role: 'identity', hint: tokens.some((t) => HANDLE_WORDS.has(t)) ? 'handle' : 'name' };
  }
  return { role: 'unknown' };
}
