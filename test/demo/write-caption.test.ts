import { describe, expect, it } from 'vitest';
import { NICHES } from '../../src/demo/niches.ts';
import { planCreator } from '../../src/demo/plan-creator.ts';
import { createRandom } from '../../src/demo/random.ts';
import { DISCLOSURES, hasDisclosure } from '../../src/demo/vocabulary/disclosures.ts';
import { LOCAL_WORDS } from '../../src/demo/vocabulary/local-words.ts';
import { writeCaption } from '../../src/demo/write-caption.ts';

const plans = Array.from({ length: 400 }, (_, i) => planCreator(7, i));
const rng = createRandom(1, 1, 1);
const read = (text: string, sign: '#' | '@') =>
  [
    ...new Set(
      [...text.matchAll(sign === '#' ? /#([\p{L}\p{N}_]+)/gu : /@([a-z0-9._]*[a-z0-9_])/g)].map((m) =>
        m[1]!.toLowerCase(),
      ),
    ),
  ].sort();

describe('writeCaption', () => {
  it('stores exactly the hashtags and mentions its text shows', () => {
    for (const [i, plan] of plans.entries()) {
      const sponsored = i % 3 === 0;
      const c = writeCaption(rng, plan, {
        sponsor: sponsored ? { brand: 'solestory', marker: i % 2 === 0 } : undefined,
        undisclosedBrand: !sponsored && i % 5 === 0 ? 'anklecraft' : undefined,
        credit: i % 7 === 0 ? 'lena.photo' : undefined,
        video: i % 4 === 0,
      });
      expect([...c.hashtags].sort()).toEqual(read(c.caption, '#'));
      expect([...c.mentions].sort()).toEqual(read(c.caption, '@'));
    }
  });

  it("discloses a sponsored post with a marker of the creator's language (or English) when asked to", () => {
    for (const plan of plans) {
      const c = writeCaption(rng, plan, { sponsor: { brand: 'rivalbrand', marker: true } });
      expect(hasDisclosure(c.caption), c.caption).toBe(true);
      expect(c.mentions).toContain('rivalbrand');
    }
  });

  it('never puts a disclosure marker into an organic caption, even one that tags a brand', () => {
    const leaks: string[] = [];
    for (const plan of plans) {
      for (let k = 0; k < 20; k++) {
        const c = writeCaption(rng, plan, {
          undisclosedBrand: k % 4 === 0 ? 'solestory' : undefined,
          credit: 'sam.photo',
          video: true,
        });
        if (hasDisclosure(c.caption)) leaks.push(c.caption);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('recognises every disclosure template, and none of the local vocabulary', () => {
    for (const list of Object.values(DISCLOSURES))
      for (const t of list) expect(hasDisclosure(t.replace('{brand}', 'x')), t).toBe(true);
    for (const local of Object.values(LOCAL_WORDS)) {
      for (const text of [...local.lines, ...local.questions, ...local.comments, ...local.generic, ...local.replies])
        expect(hasDisclosure(text), text).toBe(false);
    }
    expect(hasDisclosure('#adventure time')).toBe(false);
    expect(hasDisclosure('publicación nueva')).toBe(false);
  });
});

describe('niche vocabulary', () => {
  it("lets the product's brief find footwear and accessories creators", () => {
    const words = (name: string) => {
      const w = NICHES.find((n) => n.name === name)!.words;
      return [...w.nouns, ...w.lines, ...w.roles, ...w.bioLines].join(' ').toLowerCase();
    };
    const both = `${words('footwear')} ${words('accessories')}`;
    for (const phrase of ['anklet', 'barefoot sandals', 'foot model', 'summer fashion']) expect(both).toContain(phrase);
    const tags = NICHES.filter((n) => n.name === 'footwear' || n.name === 'accessories').flatMap(
      (n) => n.words.hashtags,
    );
    expect(tags).toContain('anklets');
    expect(tags).toContain('summerfashion');
  });

  it('never uses a disclosure marker as a niche hashtag and has shared fictional brands', () => {
    for (const n of NICHES) for (const tag of n.words.hashtags) expect(hasDisclosure(`#${tag}`), tag).toBe(false);
    const brands = NICHES.map((n) => new Set(n.words.brands));
    for (const shared of ['solestory', 'rivalbrand'])
      expect(brands.filter((b) => b.has(shared)).length).toBeGreaterThan(3);
    expect(brands.filter((b) => b.has('anklecraft')).length).toBeGreaterThanOrEqual(2);
  });
});
