// A small deterministic world for API and browser tests: a GBP workspace with a USD→GBP rate,
// eleven Instagram creators around the demo brief (anklets, barefoot sandals, foot model; 25–35k
// followers; women 18–34 in GB/US) with posts, comment threads, follower history and audiences —
// one with bought followers, one heavy advertiser, some off-niche or off-size — and the finished demo
// campaign over three of them.
import type { CreatorRecord, PostRecord } from '../../src/core/creators/creator-record.ts';
import { seedDemoCampaign } from '../../src/services/demo/seed-demo-campaign.ts';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import type { DB } from '../../src/storage/connect.ts';
import { setCurrencyRate } from '../../src/storage/currency-rates/set-currency-rate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from './factories.ts';

const DAY = 86_400_000;

interface Spec {
  handle: string;
  name: string;
  bio: string;
  captions: string[];
  followers: number;
  following?: number;
  likes?: number;
  /** Every n-th post is an #ad. */
  adEvery?: number;
  /** Followers added overnight 20 days ago, with flat likes. */
  boughtFollowers?: number;
  female?: number;
  gbUs?: number;
  verified?: boolean;
  country?: string;
  email?: string;
}

export const SMALL_WORLD: Spec[] = [
  {
    handle: 'anklet.anna',
    name: 'Anna Anklets',
    bio: 'Foot model · anklets and barefoot sandals · London',
    captions: [
      'new gold anklets for summer #anklets',
      'barefoot sandals on the beach #barefootsandals',
      'foot model life, pedicure day #footmodel',
    ],
    followers: 30_400,
    likes: 1_150,
    adEvery: 6,
    female: 0.82,
    gbUs: 0.74,
    verified: true,
    email: 'anna@example.com',
  },
  {
    handle: 'barefoot.bella',
    name: 'Bella Barefoot',
    bio: 'Barefoot sandals, anklets and toe rings',
    captions: ['barefoot sandals for the festival #barefootsandals', 'layered anklets #anklets', 'summer toes'],
    followers: 33_100,
    likes: 1_020,
    adEvery: 7,
    female: 0.78,
    gbUs: 0.6,
  },
  {
    handle: 'bought.bea',
    name: 'Bea Bought',
    bio: 'Anklets every day · foot model',
    captions: ['anklets #anklets', 'foot model shoot #footmodel', 'barefoot sandals'],
    followers: 29_000,
    following: 3_400,
    likes: 90,
    boughtFollowers: 9_000,
    female: 0.7,
    gbUs: 0.5,
  },
  {
    handle: 'ad.amy',
    name: 'Amy Ads',
    bio: 'Anklets and sandals, codes in bio',
    captions: ['anklets #anklets', 'barefoot sandals haul', 'foot model shoot'],
    followers: 27_500,
    likes: 700,
    adEvery: 2,
    female: 0.75,
    gbUs: 0.55,
  },
  {
    handle: 'toe.ring.tara',
    name: 'Tara Toe Rings',
    bio: 'Toe rings, anklets, barefoot sandals',
    captions: ['toe rings and anklets #anklets', 'barefoot sandals #barefootsandals', 'beach day'],
    followers: 26_200,
    likes: 980,
    adEvery: 8,
    female: 0.8,
    gbUs: 0.65,
  },
  {
    handle: 'sole.sara',
    name: 'Sara Sole',
    bio: 'Shoes, sandals and summer fashion',
    captions: ['sandals haul #sandals', 'summer fashion #summerfashion', 'anklets with sandals #anklets'],
    followers: 28_300,
    likes: 800,
    adEvery: 5,
    female: 0.9,
    gbUs: 0.7,
  },
  {
    handle: 'tiny.tia',
    name: 'Tia Tiny',
    bio: 'Anklets and barefoot sandals, small shop',
    captions: ['anklets #anklets', 'barefoot sandals'],
    followers: 12_000,
    likes: 600,
    female: 0.8,
    gbUs: 0.6,
  },
  {
    handle: 'mid.maya',
    name: 'Maya Mid',
    bio: 'Fashion, anklets and sandals',
    captions: ['anklets #anklets', 'sandals and summer fashion'],
    followers: 240_000,
    likes: 4_800,
    adEvery: 3,
    female: 0.7,
    gbUs: 0.5,
  },
  {
    handle: 'gym.greg',
    name: 'Greg Gym',
    bio: 'Gym and protein',
    captions: ['leg day #fitness', 'deadlift PR'],
    followers: 31_000,
    likes: 900,
    female: 0.2,
    gbUs: 0.4,
    country: 'US',
  },
  {
    handle: 'mega.mo',
    name: 'Mo Mega',
    bio: 'Anklets and sandals for everyone',
    captions: ['anklets #anklets'],
    followers: 2_000_000,
    likes: 30_000,
    female: 0.6,
    gbUs: 0.3,
  },
  {
    handle: 'vegan.vic',
    name: 'Vic Vegan',
    bio: 'Vegan baking',
    captions: ['vegan brownies #vegan', 'oat milk latte'],
    followers: 29_500,
    likes: 1_000,
    female: 0.6,
    gbUs: 0.6,
  },
];

function records(s: Spec, now: number): CreatorRecord[] {
  const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  const posts: PostRecord[] = Array.from({ length: 18 }, (_, i) => {
    const ad = s.adEvery !== undefined && i % s.adEvery === 0;
    const caption = `${s.captions[i % s.captions.length]}${ad ? ' #ad @solestory' : ''}`;
    const likes = Math.round((s.likes ?? 900) * (0.8 + ((i * 37) % 40) / 100));
    return {
      externalId: `${s.handle}-p${i}`,
      type: 'image',
      postedAt: iso(3 + i * 5),
      caption,
      hashtags: [...(caption.match(/#(\w+)/g) ?? []).map((h) => h.slice(1))],
      mentions: ad ? ['solestory'] : [],
      likes,
      comments: Math.round(likes / 30),
      commentThreads: [
        {
          externalId: `${s.handle}-c${i}a`,
          authorHandle: `fan${i}a`,
          text: 'where are these from?',
          commentedAt: iso(3 + i * 5 - 0.1),
          byCreator: false,
        },
        {
          externalId: `${s.handle}-c${i}b`,
          authorHandle: `fan${i}b`,
          text: 'love the colour',
          commentedAt: iso(3 + i * 5 - 0.1),
          byCreator: false,
        },
        ...(s.boughtFollowers
          ? []
          : [
              {
                externalId: `${s.handle}-r${i}`,
                authorHandle: s.handle,
                text: 'thank you!',
                commentedAt: iso(3 + i * 5 - 0.15),
                byCreator: true,
                replyTo: `${s.handle}-c${i}a`,
              },
            ]),
      ],
    };
  });
  const female = s.female ?? 0.6;
  const gbUs = s.gbUs ?? 0.5;
  const audiences = [
    {
      dimension: 'age_gender' as const,
      source: s.verified ? ('verified' as const) : ('estimated' as const),
      origin: 'test',
      sampleSize: s.verified ? s.followers : 240,
      asOf: iso(1).slice(0, 10),
      segments: [
        { key: '18-24:female', share: female * 0.45 },
        { key: '25-34:female', share: female * 0.4 },
        { key: '35-44:female', share: female * 0.15 },
        { key: '18-24:male', share: (1 - female) * 0.5 },
        { key: '25-34:male', share: (1 - female) * 0.5 },
      ],
    },
    {
      dimension: 'country' as const,
      source: s.verified ? ('verified' as const) : ('estimated' as const),
      origin: 'test',
      sampleSize: s.verified ? s.followers : 240,
      asOf: iso(1).slice(0, 10),
      segments: [
        { key: 'GB', share: gbUs * 0.6 },
        { key: 'US', share: gbUs * 0.4 },
        { key: 'DE', share: (1 - gbUs) * 0.5 },
        { key: 'FR', share: (1 - gbUs) * 0.5 },
      ],
    },
  ];
  // Daily follower history over 90 days ending at today's count.
  const days = 90;
  return Array.from({ length: days }, (_, d) => {
    const daysAgo = days - 1 - d;
    const jump = s.boughtFollowers && daysAgo < 20 ? s.boughtFollowers : 0;
    const followers = Math.round(s.followers - (s.boughtFollowers ?? 0) - daysAgo * s.followers * 0.0006 + jump);
    const last = daysAgo === 0;
    return creatorRecord(
      { displayName: s.name, country: s.country ?? 'GB', email: s.email },
      {
        handle: s.handle,
        bio: s.bio,
        followers,
        following: s.following ?? 420,
        postsCount: 300,
        provenance: { source: 'test', observedAt: iso(daysAgo), fetchedAt: iso(0) },
        posts: last ? posts : undefined,
        audiences: last ? audiences : undefined,
      },
    );
  });
}

export interface SmallWorld {
  workspaceId: number;
  creatorIds: Record<string, number>;
  demoCampaignId: number;
}

/** Stores the world in the workspace `slug` (default "demo", currency GBP with 1 USD = 0.79 GBP). */
export async function seedSmallWorld(db: DB, options: { slug?: string; now?: Date } = {}): Promise<SmallWorld> {
  const now = (options.now ?? new Date()).getTime();
  const ws = await ensureWorkspace(db, options.slug ?? 'demo', { currency: 'GBP', name: 'Demo' });
  await setCurrencyRate(db, ws.id, 'USD', 'GBP', '0.79');
  const creatorIds: Record<string, number> = {};
  for (const spec of SMALL_WORLD) creatorIds[spec.handle] = (await storeCreators(db, ws.id, records(spec, now)))[0]!;
  await refreshCreatorMetrics(db, Object.values(creatorIds));
  const { campaignId } = await seedDemoCampaign(db, {
    workspaceId: ws.id,
    creatorIds: [creatorIds['toe.ring.tara']!, creatorIds['sole.sara']!, creatorIds['mid.maya']!],
    seed: 42,
    asOf: new Date(now),
  });
  return { workspaceId: ws.id, creatorIds, demoCampaignId: campaignId };
}
