// Handles of ordinary accounts: commenters, photographers, friends. They only need to look real
// and repeat rarely; they are not claimed in the accounts table.
import { foldAscii } from './fold-ascii.ts';
import type { Random } from './random.ts';
import { NAMES } from './vocabulary/names.ts';

const SUFFIXES = ['', '', '', 'x', 'xo', '_', 'official', 'photo', 'art', 'life', 'travels', 'daily'];

export function makePersonHandle(rng: Random, nameGroup: string): string {
  const pool = NAMES[rng.chance(0.7) ? nameGroup : 'en'] ?? NAMES.en!;
  const first = foldAscii(rng.chance(0.65) ? rng.pick(pool.female) : rng.pick(pool.male));
  const last = foldAscii(rng.pick(pool.last));
  switch (rng.int(0, 5)) {
    case 0:
      return `${first}${last}`;
    case 1:
      return `${first}.${last}${rng.int(1, 99)}`;
    case 2:
      return `${first}_${last.slice(0, 1)}${rng.int(80, 2006) % 100}`;
    case 3:
      return `${first}${rng.pick(SUFFIXES)}${rng.int(1, 999)}`;
    case 4:
      return `${last}.${first}`;
    default:
      return `${first}.${rng.pick(SUFFIXES) || last}`;
  }
}
