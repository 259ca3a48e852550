import { foldAscii } from './fold-ascii.ts';
import type { Random } from './random.ts';

// Only the domains reserved for examples (RFC 2606: example.com/.net/.org and the .example TLD):
// a demo installation that tries its outreach feature must never mail a real person.
const DOMAINS = ['example.com', 'example.net', 'example.org'];

/** A business e-mail address of the kind creators put in their bio. */
export function makeEmail(rng: Random, handle: string, first: string, last: string): string {
  const h = handle.replace(/_/g, '.');
  const patterns = [
    () => `${h}@${rng.pick(DOMAINS)}`,
    () => `hello@${h.replace(/\./g, '')}.example`,
    () => `${foldAscii(first)}.${foldAscii(last)}@${rng.pick(DOMAINS)}`,
    () => `collabs.${h}@${rng.pick(DOMAINS)}`,
    () => `${h}.mgmt@${rng.pick(DOMAINS)}`,
    () => `${foldAscii(first)}@${h.replace(/\./g, '')}.example`,
  ];
  return rng.pick(patterns)();
}
