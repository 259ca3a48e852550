// The profile bio: who the creator is (a niche role), a second line, where they live, and often
// the business e-mail, in the creator's language.
import type { CreatorPlan } from './plan-creator.ts';
import type { Random } from './random.ts';
import { ENGLISH_WORDS, LOCAL_WORDS } from './vocabulary/local-words.ts';
import { PLACES } from './vocabulary/places.ts';

export function writeBio(rng: Random, plan: CreatorPlan, email: string | null): string {
  const words = plan.niche.words;
  const city = PLACES[plan.country]!.cities[rng.next() < 0.5 ? 0 : rng.int(0, 2)]!.split(',')[0]!;
  let head: string;
  if (plan.language === 'en') {
    head = rng
      .pick(ENGLISH_WORDS.bios)
      .replace('{role}', rng.pick(words.roles))
      .replace('{city}', city)
      .replace('{line}', rng.pick(words.bioLines));
    if (rng.chance(0.5)) head += `\n${rng.pick(words.bioLines)} ${rng.pick(words.emojis)}`;
  } else {
    const local = LOCAL_WORDS[plan.language];
    head = rng
      .pick(local.bios)
      .replace('{role}', rng.pick(local.niches[plan.niche.name]!.roles))
      .replace('{city}', city);
    // Many non-English creators keep an English tagline: it is what brands search for.
    if (rng.chance(0.5)) head += `\n${rng.pick(words.roles)} ${rng.pick(words.emojis)}`;
  }
  if (email && rng.chance(0.75)) head += `\n${rng.pick(['📩', '✉️', 'Collabs:', 'PR:', 'Business:'])} ${email}`;
  return head;
}
