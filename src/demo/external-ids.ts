// Platform-shaped identifiers. Account ids embed the creator index (unique by construction: an
// importer matches accounts by external id); post and comment ids end in a sequence number so
// they are unique within their account or post, as the schema requires.
import type { Platform } from '../storage/schema.ts';
import type { Random } from './random.ts';

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const PAD4 = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, '0'));

/** `n` random decimal digits, four per draw (number-to-text conversion of big numbers is slow). */
export function digits(rng: Random, n: number): string {
  let out = '';
  for (let left = n; left > 0; left -= 4) {
    const chunk = PAD4[Math.floor(rng.next() * 10_000)]!;
    out += left >= 4 ? chunk : chunk.slice(0, left);
  }
  return out;
}

/** `n` random URL-safe base64 characters (YouTube ids, Instagram shortcodes), five per draw. */
export function urlSafe(rng: Random, n: number): string {
  let out = '';
  let bits = 0;
  let left = 0;
  for (let i = 0; i < n; i++) {
    if (left === 0) {
      bits = Math.floor(rng.next() * 1073741824);
      left = 5;
    }
    out += URL_SAFE[bits & 63];
    bits >>>= 6;
    left--;
  }
  return out;
}

export function accountExternalId(rng: Random, platform: Platform, seed: number, index: number, slot: number): string {
  const world = String(Math.abs(seed) % 10_000).padStart(4, '0');
  if (platform === 'instagram') return `17841${world}${String(index).padStart(7, '0')}${slot}`;
  if (platform === 'tiktok') return `68${world}${String(index).padStart(12, '0')}${slot}`;
  return `UC${urlSafe(rng, 14)}${String(index).padStart(8, '0')}`;
}

export function postExternalId(rng: Random, platform: Platform, sequence: number): string {
  const seq = String(sequence).padStart(3, '0');
  if (platform === 'instagram') return `179${digits(rng, 11)}${seq}`;
  if (platform === 'tiktok') return `73${digits(rng, 14)}${seq}`;
  return `${urlSafe(rng, 8)}${seq}`;
}

export function commentExternalId(rng: Random, platform: Platform, sequence: number): string {
  const seq = String(sequence).padStart(3, '0');
  if (platform === 'youtube') return `Ugz${urlSafe(rng, 19)}${seq}`;
  return `${platform === 'tiktok' ? '74' : '18'}${digits(rng, 12)}${seq}`;
}

export function permalink(rng: Random, platform: Platform, handle: string, externalId: string, type: string): string {
  if (platform === 'instagram')
    return `https://www.instagram.com/${type === 'reel' ? 'reel' : 'p'}/${rng.pick(['C', 'D'])}${urlSafe(rng, 10)}/`;
  if (platform === 'tiktok') return `https://www.tiktok.com/@${handle}/video/${externalId}`;
  return type === 'short'
    ? `https://www.youtube.com/shorts/${externalId}`
    : `https://www.youtube.com/watch?v=${externalId}`;
}
