// The thirteen niches of the demo world: Kim et al.'s nine categories (their `pet` is our `pets`)
// plus four narrower ones the product's story needs. A new niche borrows the priors (tier mix,
// follower / following / post distributions) of the Kim category it grew out of:
//   footwear, accessories → fashion;  home_workouts → fitness;  vegan_food → food.
//
// Weights follow Kim's category shares (fashion 35 %, other 17 %, travel 12 %, family 12 %,
// food 10.5 %, beauty 4.5 %, interior 3.5 %, fitness 3.3 %, pet 1.7 %), with fashion split three
// ways, fitness and food shared with their cousins, and the smallest niches rounded up (and
// `other` down) so that each has a few dozen creators in the 3,000-creator default demo.
import type { KimCategory } from './priors.ts';
import { accessories, fashion, footwear, beauty } from './vocabulary/style-niches.ts';
import { family, interior, other, pets, travel } from './vocabulary/life-niches.ts';
import { fitness, food, home_workouts, vegan_food } from './vocabulary/active-niches.ts';
import type { NicheWords } from './vocabulary/niche-words.ts';

export type NicheName =
  | 'beauty'
  | 'family'
  | 'fashion'
  | 'fitness'
  | 'food'
  | 'interior'
  | 'pets'
  | 'travel'
  | 'other'
  | 'footwear'
  | 'accessories'
  | 'home_workouts'
  | 'vegan_food';

export interface Niche {
  name: NicheName;
  /** Share of demo creators, in percent. */
  weight: number;
  /** Whose Kim priors it uses. */
  kim: KimCategory;
  words: NicheWords;
  /** Probability that the creator is a woman (drives names and, a little, the audience). */
  femaleCreators: number;
  audience: {
    /** Base shares of the age bands 13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+. */
    ages: readonly number[];
    /** Share of women among followers whose gender is known. */
    female: number;
    /** Share of the audience in the creator's own country (travel audiences are the most international). */
    home: number;
  };
  /** Instagram content mix: image, carousel, reel. */
  instagramMix: readonly [number, number, number];
}

export const NICHES: readonly Niche[] = [
  {
    name: 'fashion',
    weight: 17,
    kim: 'fashion',
    words: fashion,
    femaleCreators: 0.85,
    audience: { ages: [0.04, 0.34, 0.35, 0.16, 0.07, 0.03, 0.01], female: 0.8, home: 0.55 },
    instagramMix: [0.35, 0.35, 0.3],
  },
  {
    name: 'footwear',
    weight: 10,
    kim: 'fashion',
    words: footwear,
    femaleCreators: 0.9,
    audience: { ages: [0.02, 0.3, 0.37, 0.18, 0.08, 0.04, 0.01], female: 0.82, home: 0.55 },
    instagramMix: [0.45, 0.3, 0.25],
  },
  {
    name: 'accessories',
    weight: 8,
    kim: 'fashion',
    words: accessories,
    femaleCreators: 0.92,
    audience: { ages: [0.03, 0.33, 0.36, 0.16, 0.08, 0.03, 0.01], female: 0.86, home: 0.55 },
    instagramMix: [0.45, 0.35, 0.2],
  },
  {
    name: 'beauty',
    weight: 5,
    kim: 'beauty',
    words: beauty,
    femaleCreators: 0.88,
    audience: { ages: [0.04, 0.36, 0.34, 0.15, 0.07, 0.03, 0.01], female: 0.85, home: 0.55 },
    instagramMix: [0.3, 0.25, 0.45],
  },
  {
    name: 'family',
    weight: 10,
    kim: 'family',
    words: family,
    femaleCreators: 0.82,
    audience: { ages: [0.01, 0.14, 0.42, 0.28, 0.1, 0.04, 0.01], female: 0.84, home: 0.65 },
    instagramMix: [0.4, 0.3, 0.3],
  },
  {
    name: 'fitness',
    weight: 4,
    kim: 'fitness',
    words: fitness,
    femaleCreators: 0.55,
    audience: { ages: [0.03, 0.33, 0.36, 0.17, 0.07, 0.03, 0.01], female: 0.5, home: 0.55 },
    instagramMix: [0.3, 0.2, 0.5],
  },
  {
    name: 'home_workouts',
    weight: 3,
    kim: 'fitness',
    words: home_workouts,
    femaleCreators: 0.8,
    audience: { ages: [0.01, 0.2, 0.36, 0.25, 0.12, 0.05, 0.01], female: 0.72, home: 0.6 },
    instagramMix: [0.2, 0.2, 0.6],
  },
  {
    name: 'food',
    weight: 7,
    kim: 'food',
    words: food,
    femaleCreators: 0.65,
    audience: { ages: [0.01, 0.2, 0.34, 0.24, 0.13, 0.06, 0.02], female: 0.65, home: 0.6 },
    instagramMix: [0.4, 0.3, 0.3],
  },
  {
    name: 'vegan_food',
    weight: 4,
    kim: 'food',
    words: vegan_food,
    femaleCreators: 0.72,
    audience: { ages: [0.02, 0.32, 0.36, 0.18, 0.08, 0.03, 0.01], female: 0.72, home: 0.55 },
    instagramMix: [0.4, 0.3, 0.3],
  },
  {
    name: 'interior',
    weight: 4,
    kim: 'interior',
    words: interior,
    femaleCreators: 0.78,
    audience: { ages: [0.01, 0.14, 0.36, 0.28, 0.13, 0.06, 0.02], female: 0.78, home: 0.65 },
    instagramMix: [0.35, 0.45, 0.2],
  },
  {
    name: 'pets',
    weight: 3,
    kim: 'pet',
    words: pets,
    femaleCreators: 0.72,
    audience: { ages: [0.03, 0.24, 0.33, 0.2, 0.12, 0.06, 0.02], female: 0.72, home: 0.5 },
    instagramMix: [0.4, 0.25, 0.35],
  },
  {
    name: 'travel',
    weight: 11,
    kim: 'travel',
    words: travel,
    femaleCreators: 0.6,
    audience: { ages: [0.02, 0.26, 0.37, 0.2, 0.09, 0.04, 0.02], female: 0.58, home: 0.4 },
    instagramMix: [0.35, 0.4, 0.25],
  },
  {
    name: 'other',
    weight: 14,
    kim: 'other',
    words: other,
    femaleCreators: 0.55,
    audience: { ages: [0.05, 0.32, 0.32, 0.17, 0.08, 0.04, 0.02], female: 0.52, home: 0.55 },
    instagramMix: [0.45, 0.3, 0.25],
  },
];

export const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
