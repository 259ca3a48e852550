// One account as the search index (src/search-index) holds it: everything a brief can filter or rank
// on, read from account_metrics, the account, its creator, its niche document and its audience.
import type { Platform } from '../../core/creators/creator-record.ts';

export interface IndexRow {
  accountId: number;
  creatorId: number;
  platform: Platform;
  handle: string;
  /** The creator's display name, else the account's: what a result shows. */
  displayName: string | null;
  followers: number | null;
  tier: string | null;
  creatorCountry: string | null;
  language: string | null;
  hasEmail: boolean;
  /** Synthetic demo data (shown to brand workspaces only when a brief asks for it). */
  isDemo: boolean;
  erFollowers: number | null;
  erPercentile: number | null;
  replyRate: number | null;
  authenticity: number | null;
  sponsoredShare: number | null;
  growth30d: number | null;
  lastPostedAt: string | null;
  expectedViews: number | null;
  /** Median views of the recent videos (the fair price's view estimate reads it). */
  medianViews: number | null;
  priceMidUsd: number | null;
  docLength: number;
  sponsoredBrands: string[];
  /** term id → weight */
  terms: [number, number][];
  niches: [string, number][];
  /** Age × gender shares keyed "18-24:female", and country shares keyed by ISO code; the chosen source per dimension. */
  ageGender: { source: 'verified' | 'estimated'; sampleSize: number | null; shares: [string, number][] } | null;
  countries: { source: 'verified' | 'estimated'; sampleSize: number | null; shares: [string, number][] } | null;
  revision: number;
}
