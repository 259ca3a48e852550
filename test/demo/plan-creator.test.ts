// The creator planner is pure: its mixes are checked on many creators without a database.
import { describe, expect, it } from 'vitest';
import { NICHES } from '../../src/demo/niches.ts';
import { planCreator } from '../../src/demo/plan-creator.ts';
import { TIER_MIX } from '../../src/demo/priors.ts';
import { PROBLEM_SHARES } from '../../src/demo/problems.ts';
import { TIER_BOUNDS, TIERS, tierOf } from '../../src/demo/tiers.ts';

const N = 20_000;
const plans = Array.from({ length: N }, (_, i) => planCreator(42, i));
const share = (predicate: (p: (typeof plans)[number]) => boolean) => plans.filter(predicate).length / N;

describe('planCreator', () => {
  it('is a pure function of (seed, index)', () => {
    expect(planCreator(42, 123)).toEqual(planCreator(42, 123));
    expect(planCreator(42, 123)).not.toEqual(planCreator(43, 123));
  });

  it.each(NICHES.map((n) => [n.name, n.weight] as const))('gives niche %s about its weight (%s %)', (name, weight) => {
    expect(share((p) => p.niche.name === name) * 100).toBeCloseTo(weight, -0.3);
  });

  it("follows the Kim tier mix of each niche's category", () => {
    for (const niche of NICHES) {
      const mine = plans.filter((p) => p.niche.name === niche.name);
      for (const tier of TIERS) {
        const observed = mine.filter((p) => p.tier === tier).length / mine.length;
        // Binomial noise on a few hundred to a few thousand creators: 3.5 standard errors.
        const expected = TIER_MIX[niche.kim][tier];
        expect(Math.abs(observed - expected)).toBeLessThan(
          3.5 * Math.sqrt((expected * (1 - expected)) / mine.length) + 0.005,
        );
      }
    }
  });

  it('keeps follower counts inside the tier and profile numbers plausible', () => {
    const wrong: string[] = [];
    for (const p of plans) {
      const main = p.accounts[0]!;
      const { min, max } = TIER_BOUNDS[p.tier];
      if (main.followers < min || main.followers >= max || tierOf(main.followers) !== p.tier)
        wrong.push(`${p.index}: ${main.followers} followers in ${p.tier}`);
      if (main.postsCount < (main.platform === 'youtube' ? 20 : 50)) wrong.push(`${p.index}: ${main.postsCount} posts`);
      for (const a of p.accounts) {
        if ((a.platform === 'youtube') !== (a.following === null))
          wrong.push(`${p.index}: following ${a.following} on ${a.platform}`);
        if (a.following !== null && (a.following < 0 || (!p.bought && a.following > 1_400)))
          wrong.push(`${p.index}: following ${a.following}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('plants each problem in a few percent of creators, at most one each', () => {
    for (const [problem, expected] of Object.entries(PROBLEM_SHARES)) {
      const observed = share((p) => p.problem === problem);
      // hidden_likes is only drawn for Instagram-first creators (80 %).
      expect(observed).toBeGreaterThan(expected * (problem === 'hidden_likes' ? 0.6 : 0.8));
      expect(observed).toBeLessThan(expected * 1.2);
    }
    expect(share((p) => p.problem === 'hidden_likes' && p.accounts[0]!.platform !== 'instagram')).toBe(0);
  });

  it('gives about 60 % an e-mail, 15 % a second platform, 20 % a verified (connected) audience', () => {
    expect(share((p) => p.hasEmail)).toBeCloseTo(0.6, 1);
    expect(share((p) => p.accounts.length === 2)).toBeCloseTo(0.15, 1);
    expect(share((p) => p.accounts[0]!.connected)).toBeCloseTo(0.2, 1);
    expect(share((p) => p.accounts[0]!.platform === 'instagram')).toBeCloseTo(0.8, 1);
  });

  it("keeps clean creators' sponsorship aims at or under 20 % and heavy advertisers at 45–70 %", () => {
    const heavy = plans.filter((p) => p.problem === 'heavy_advertiser').map((p) => p.sponsoredShare);
    const others = plans.filter((p) => p.problem !== 'heavy_advertiser').map((p) => p.sponsoredShare);
    expect(Math.min(...heavy)).toBeGreaterThanOrEqual(0.45);
    expect(Math.max(...heavy)).toBeLessThanOrEqual(0.7);
    expect(Math.max(...others)).toBeLessThanOrEqual(0.2);
    const replies = plans.map((p) => p.replyRate);
    expect(Math.min(...replies)).toBe(0);
    expect(Math.max(...replies)).toBeLessThanOrEqual(0.9);
    expect(Math.max(...replies)).toBeGreaterThan(0.7);
  });

  it('mixes languages: mostly English, some German, Spanish, French and Portuguese', () => {
    const en = share((p) => p.language === 'en');
    expect(en).toBeGreaterThan(0.6);
    expect(en).toBeLessThan(0.85);
    for (const lang of ['de', 'es', 'fr', 'pt'] as const)
      expect(share((p) => p.language === lang)).toBeGreaterThan(0.03);
  });
});
