// Everything a metrics refresh derives from one account's data in one pass: the measured numbers
// (not the whole vetting report: its benchmarks, audience summary and findings are not stored), the
// compact metrics row, the niche document and its categories.
import { classifyNiche, type NicheAssignment } from '../../core/discovery/classify-niche.ts';
import { documentTerms, type DocumentTerms } from '../../core/discovery/text/document-terms.ts';
import { measureAccount } from '../../core/vetting/measure-account.ts';
import type { LoadedAccount } from '../../storage/vetting/load-account-facts.ts';
import { metricsRow } from './metrics-row.ts';

/** The niche document uses the bio and the captions of this many recent posts. */
export const NICHE_POSTS = 30;

export interface DerivedAccount {
  accountId: number;
  metrics: ReturnType<typeof metricsRow>;
  document: DocumentTerms;
  niches: NicheAssignment[];
}

export function deriveAccount(
  loaded: { account: Pick<LoadedAccount['account'], 'id' | 'bio'>; facts: LoadedAccount['facts'] },
  now: Date,
): DerivedAccount {
  const measures = measureAccount(loaded.facts, now);
  const document = documentTerms({
    bio: loaded.account.bio,
    posts: loaded.facts.posts
      .slice(0, NICHE_POSTS)
      .map((p) => ({ caption: p.caption, title: p.title ?? null, hashtags: p.hashtags })),
  });
  return {
    accountId: loaded.account.id,
    metrics: { ...metricsRow(loaded.account.id, loaded.facts, measures), doc_length: document.length },
    document,
    niches: classifyNiche(document.terms),
  };
}
