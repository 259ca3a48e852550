// A small seeded PRNG (sfc32) with the draws the demo world needs. Math.random is never used:
// the same (seed, creator index, stream) must give the same numbers on every machine, and each
// creator gets its own generator so that creators can be produced in any order, one at a time.

/** Independent sub-streams of one creator, so that changing how many posts are kept (light mode)
 * does not change the creator's profile or audience. */
export const STREAM = {
  profile: 1,
  timeline: 2,
  posts: 3,
  comments: 4,
  audience: 5,
  history: 6,
  text: 7,
  handle: 8,
} as const;

export class Random {
  // Signed 32-bit state (`| 0`): cheap to create (a creator opens about ten streams) and updated in
  // place; unsigned values would not fit V8's small integers.
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare = Number.NaN;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1) (sfc32). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Normal by Box–Muller; the second value of each pair is kept for the next call. */
  normal(mean = 0, sd = 1): number {
    if (!Number.isNaN(this.spare)) {
      const z = this.spare;
      this.spare = Number.NaN;
      return mean + sd * z;
    }
    const r = Math.sqrt(-2 * Math.log(1 - this.next()));
    const theta = 2 * Math.PI * this.next();
    this.spare = r * Math.sin(theta);
    return mean + sd * r * Math.cos(theta);
  }

  /** Log-normal with median `median` and log-space standard deviation `sigma`. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** k distinct items in random order (k ≤ items.length). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const x = copy[i]!;
      copy[i] = copy[j]!;
      copy[j] = x;
    }
    copy.length = n;
    return copy;
  }
}

/** The generator of one creator's stream: a pure function of (seed, index, stream). */
export function createRandom(seed: number, index: number, stream: number): Random {
  // Fold seeds beyond 32 bits in, so that 1 and 2^32 + 1 differ.
  const s = (seed >>> 0) ^ mix32(Math.floor(seed / 4294967296) >>> 0);
  const a = mix32(s ^ 0x9e3779b9);
  const b = mix32(a ^ mix32(index >>> 0));
  const c = mix32(b ^ mix32(stream + 0x85ebca6b));
  return new Random(a, b, c, 1);
}

/** A 32-bit integer hash with full avalanche (murmur3's finaliser). */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
