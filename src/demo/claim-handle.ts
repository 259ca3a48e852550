import { tidy } from './make-handle.ts';
import type { Random } from './random.ts';

/**
 * Makes `base` unique on every platform the creator uses, the way people do when their name is
 * taken (a number, a prefix), and records it in `taken` (keys "platform:handle"). Deterministic
 * for the same `taken` contents and random state.
 */
export function claimHandle(taken: Set<string>, platforms: readonly string[], base: string, rng: Random): string {
  const free = (h: string) => platforms.every((p) => !taken.has(`${p}:${h}`));
  let handle = base;
  for (let attempt = 0; !free(handle); attempt++) {
    const n = attempt < 20 ? rng.int(1, 99) : attempt < 40 ? rng.int(100, 9_999) : rng.int(10_000, 99_999_999);
    const styled =
      attempt % 3 === 0
        ? `${base}${n}`
        : attempt % 3 === 1
          ? `${base}.${n}`
          : `${rng.pick(['its', 'real', 'hey', 'the'])}${base}${attempt >= 20 ? n : ''}`;
    // Keep the number when trimming: it is what makes the handle unique.
    const suffixLength = String(n).length + 1;
    handle = styled.length > 24 ? tidy(`${base.slice(0, 24 - suffixLength)}.${n}`) : tidy(styled);
  }
  for (const p of platforms) taken.add(`${p}:${handle}`);
  return handle;
}
