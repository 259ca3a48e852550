// Everything derived from one account's data in one pass: the vetting report, the compact metrics
// row, the niche document and its categories.
import { classifyNiche, type NicheAssignment } from '../../core/discovery/classify-niche.ts';
import { documentTerms, type DocumentTerms } from '../../core/discovery/text/document-terms.ts';
import { summarizeAudience } from '../../core/vetting/audience-summary.ts';
import {
  buildVettingReport,
  type TierBenchmarkLookup,
  type VettingReport,
} from '../../core/vetting/build-vetting-report.ts';
import type { LoadedAccount } from '../../storage/vetting/load-account-facts.ts';
import { metricsRow } from './metrics-row.ts';

/** The niche document uses the bio and the captions of this many recent posts. */
export const NICHE_POSTS = 30;

export interface DerivedAccount {
  accountId: number;
  report: VettingReport;
  metrics: ReturnType<typeof metricsRow>;
  document: DocumentTerms;
  niches: NicheAssignment[];
}

export function deriveAccount(
  loaded: LoadedAccount,
  now: Date,
  benchmarks: TierBenchmarkLookup = () => undefined,
): DerivedAccount {
  const report = buildVettingReport(loaded.facts, { now, benchmarks, audience: summarizeAudience(loaded.audiences) });
  const document = documentTerms({
    bio: loaded.account.bio,
    posts: loaded.facts.posts
      .slice(0, NICHE_POSTS)
      .map((p) => ({ caption: p.caption, title: p.title ?? null, hashtags: p.hashtags })),
  });
  return {
    accountId: loaded.account.id,
    report,
    metrics: { ...metricsRow(loaded.account.id, loaded.facts, report), doc_length: document.length },
    document,
    niches: classifyNiche(document.terms),
  };
}
