// What one header says a column holds. Headers are read as words (see header-tokens.ts): platform
// words anywhere ("Instagram followers", "Subs – YouTube") say which account a number describes,
// scale words ("Followers (k)") say how to read it, and qualifiers ("total_followers",
// "Creator country") are dropped when the words without them name a known field. The header alone
// cannot tell a handle from a display name (real exports swap them), so those come back as
// "identity" and are settled by content later.
import type { Platform } from '../../creators/creator-record.ts';
import { FIELD_BY_KEY, type NumberField, type TextField } from './creator-csv-fields.ts';
import { headerTokens } from './header-tokens.ts';

/** A unit in the header: "(k)" means the cells count thousands. */
export type CountScale = 'k' | 'm';

export type HeaderRole =
  | { role: 'number'; field: NumberField; platform?: Platform; scale?: CountScale; rateOrCount?: true }
  | { role: 'text'; field: TextField }
  | { role: 'category' }
  /** A handle or a display name; `hint` is what the header suggests. */
  | { role: 'identity'; hint: 'handle' | 'name' }
  /** "First name" / "Last name": the display name in two parts. */
  | { role: 'name_part'; part: 'first' | 'last' }
  /** Links to profiles ("profileUrl", "url"): each gives a handle and its platform. */
  | { role: 'profile_url' }
  /** The creator's account on one platform ("instagram", "TikTok handle", "YouTube URL"). */
  | { role: 'platform_handle'; platform: Platform }
  /** An id of the exporting tool or of a platform ("id", "influencer_id", "instagramID"): never a handle. */
  | { role: 'id'; platform?: Platform }
  | { role: 'unknown' };

const PLATFORM_WORDS: Record<string, Platform> = {
  instagram: 'instagram',
  insta: 'instagram',
  ig: 'instagram',
  tiktok: 'tiktok',
  youtube: 'youtube',
  yt: 'youtube',
};
const SCALE_WORDS: Record<string, CountScale> = {
  k: 'k',
  thousand: 'k',
  thousands: 'k',
  m: 'm',
  mm: 'm',
  million: 'm',
  millions: 'm',
};
/** Words that qualify a field without changing it: "total followers", "creator country", "ER percent". */
const QUALIFIERS = new Set([
  'total',
  'current',
  'exact',
  'raw',
  'overall',
  'lifetime',
  'public',
  'all',
  'time',
  'percent',
  'account',
  'profile',
  'creator',
  'influencer',
  'channel',
  'user',
  'code',
  'title',
  'name',
]);
const ACCOUNT_WORDS = new Set(['handle', 'username', 'user', 'url', 'link', 'profile', 'account']);
const URL_WORDS = new Set([
  'url',
  'link',
  'profile',
  'account',
  'user',
  'channel',
  'media',
  'page',
  'social',
  'influencer',
  'creator',
]);
const HANDLE_WORDS = new Set(['handle', 'username', 'user', 'account', 'profile', 'info', 'nickname']);
const IDENTITY_WORDS = new Set([
  ...HANDLE_WORDS,
  'name',
  'channel',
  'tiktoker',
  'youtuber',
  'instagrammer',
  'influencer',
  'creator',
  'full',
  'display',
  'screen',
  'real',
]);

const fieldOf = (words: readonly string[]) =>
  words.length ? FIELD_BY_KEY.get([...words].sort().join(' ')) : undefined;

export function classifyHeader(header: string): HeaderRole {
  const tokens = headerTokens(header);
  if (tokens.length === 0) return { role: 'unknown' };
  const platform = tokens.map((t) => PLATFORM_WORDS[t]).find(Boolean);
  const rest = tokens.filter((t) => !PLATFORM_WORDS[t]);
  const scale = rest.map((t) => SCALE_WORDS[t]).find(Boolean);
  // "likes per post": what follows "per" qualifies the field.
  const bare = rest.filter((t, i) => !SCALE_WORDS[t] && !QUALIFIERS.has(t) && t !== 'per' && rest[i - 1] !== 'per');
  const known = fieldOf(rest) ?? fieldOf(bare);
  if (known?.kind === 'number') {
    return { role: 'number', field: known.field, ...(platform ? { platform } : {}), ...(scale ? { scale } : {}) };
  }
  if (known) return { role: 'text', field: known.field };
  // A bare "Engagement" is a rate in some exports ("3.1%") and a count in others: content decides.
  if (bare.length === 1 && bare[0] === 'engagement') {
    const rate = rest.includes('percent') ? {} : { rateOrCount: true as const };
    return { role: 'number', field: 'engagement_rate', ...rate, ...(platform ? { platform } : {}) };
  }
  if ((rest[0] === 'category' && rest.slice(1).every((t) => /^\d+$/.test(t))) || rest.join(' ') === 'niche') {
    return { role: 'category' };
  }
  if (rest.includes('id')) return { role: 'id', ...(platform ? { platform } : {}) };
  if (platform && rest.every((t) => ACCOUNT_WORDS.has(t))) return { role: 'platform_handle', platform };
  if (!platform && rest.some((t) => t === 'url' || t === 'link') && rest.every((t) => URL_WORDS.has(t))) {
    return { role: 'profile_url' };
  }
  const joined = rest.join(' ');
  if (joined === 'first name') return { role: 'name_part', part: 'first' };
  if (joined === 'last name') return { role: 'name_part', part: 'last' };
  if (rest.length > 0 && rest.every((t) => IDENTITY_WORDS.has(t))) {
    return { role: 'identity', hint: rest.some((t) => HANDLE_WORDS.has(t)) ? 'handle' : 'name' };
  }
  return { role: 'unknown' };
}
