// Handle candidates that look like the ones creators choose: their name, their niche word, a
// separator, sometimes a birth year. Uniqueness is settled by claimHandle.
import { foldAscii } from './fold-ascii.ts';
import type { Random } from './random.ts';

// TikTok allows 24 characters (Instagram 30): the shorter limit lets one handle serve both.
const MAX_LENGTH = 24;

/** A plausible handle for a creator called `first last` whose niche uses `words`. */
export function makeHandle(rng: Random, first: string, last: string, words: readonly string[]): string {
  const f = foldAscii(first);
  const l = foldAscii(last);
  const w = rng.pick(words).replace(/[^a-z0-9]/g, '');
  const sep = rng.pick(['.', '_', '', '.']);
  const patterns = [
    () => `${f}${sep}${w}`,
    () => `${f}${sep}${l}`,
    () => `${f}${l}`,
    () => `${w}${sep}by${sep}${f}`,
    () => `${w}with${f}`,
    () => `the${f}${w}`,
    () => `${f}${sep}${l.slice(0, 1)}${sep}${w}`,
    () => `${f}s${w}`,
    () => `${l}${sep}${w}`,
    () => `${f}${sep}${l}${rng.int(80, 99) % 100}`,
  ];
  let handle = rng.pick(patterns)();
  if (rng.chance(0.15)) handle += String(rng.int(1, 99)).padStart(2, '0');
  return tidy(handle);
}

/** Trims to the length limit without leaving a separator at either end. */
export function tidy(handle: string): string {
  return (
    handle
      .slice(0, MAX_LENGTH)
      .replace(/^[._]+|[._]+$/g, '')
      .replace(/[._]{2,}/g, '.') || 'creator'
  );
}
