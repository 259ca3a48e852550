// Discovery for a brief: the ranked creators with their fit components, fair prices and expected
// ROAS, and a one-line explanation each.
import { AppError } from '../../core/app-error.ts';
import { DEFAULT_WEIGHTS, FIT_COMPONENTS, type Brief, type FitComponent } from '../../core/discovery/brief.ts';
import { DISCOVERY_FORMULAS } from '../../core/shared/discovery-formulas.ts';
import { levelOfScore } from '../../core/vetting/authenticity/score-level.ts';
import { DELIVERABLES_BY_PLATFORM, fairPrice, midPrice } from '../../core/discovery/pricing/fair-price.ts';
import { formatAmount } from '../../core/shared/format-amount.ts';
import { expectedRoas } from '../../core/discovery/pricing/expected-roas.ts';
import { loadDeals, loadFunnel } from './load-pricing-context.ts';
import { parseAccountRef } from '../../core/creators/parse-account-ref.ts';
import { usdRateFor } from '../currency/usd-rate-for.ts';
import type { DiscoveryEngine } from '../../search-index/discovery-engine.ts';
import type { DB } from '../../storage/connect.ts';
import { includesDemo } from '../../storage/workspaces/demo-workspace.ts';
import { accountVisibleTo } from '../../storage/workspaces/file-reference.ts';
import { explainResult } from './explain-result.ts';
import { hashtagTerms, textTerms } from '../../core/discovery/text/tokenize.ts';

export interface DiscoverOptions {
  workspaceId: number;
  /** The workspace's slug: demo creators are candidates by default in the demo workspace only. */
  workspaceSlug: string;
  /** Currency of prices when the brief has no budget. */
  currency: string;
  now?: Date;
}

/**
 * Units of `currency` per US dollar, from the workspace's rates table (PRODUCT.md "Money": no hidden
 * live FX): a USD→currency row as given, else a currency→USD row inverted. Both are exact decimals;
 * the one division happens here. A missing rate is an error naming the pair and the command to add it.
 */
export async function discover(db: DB, engine: DiscoveryEngine, brief: Brief, options: DiscoverOptions) {
  const started = performance.now();
  const now = options.now ?? new Date();
  const currency = brief.budget_per_post?.currency ?? options.currency;
  const usdRate = await usdRateFor(db, options.workspaceId, currency);
  const excluded = await accountIdsOf(db, options.workspaceId, brief.exclude, 'exclude');
  const seeds = await accountIdsOf(db, options.workspaceId, brief.like, 'like');
  const rateOf = (c: string) => usdRateFor(db, options.workspaceId, c);
  const deals = await loadDeals(db, options.workspaceId, rateOf);
  const pipeline = brief.exclude_pipeline ? deals.pipelineAccounts : [];
  const includeDemo = includesDemo(options.workspaceSlug, brief.include_demo);
  const emailAccounts =
    brief.has_email === undefined ? new Set<number>() : await accountsWithOwnEmail(db, options.workspaceId);
  // The funnel (expected ROAS) is read while the scan runs on the scan pool's workers: nothing in the
  // scan depends on it.
  const [{ total, top, plan }, funnel] = await Promise.all([
    engine.search(brief, {
      excludedAccounts: new Set([...excluded, ...seeds, ...pipeline]),
      seedAccounts: seeds,
      includeDemo,
      emailAccounts,
      usdRate,
      calibration: deals.calibration.factor,
      now: now.getTime(),
    }),
    loadFunnel(db, options.workspaceId, currency, rateOf),
  ]);
  const pricing = { ...deals, funnel };
  // Each keyword and hashtag of the brief with its terms, tokenized once for all hits.
  const keywordTerms = (brief.niche?.keywords ?? []).map((k) => ({ said: k, terms: textTerms(k) }));
  const hashtagTermsOf = (brief.niche?.hashtags ?? []).map((h) => ({ said: `#${h}`, terms: hashtagTerms(h) }));
  const results = top.map((t) => {
    // What a result shows of the account is what the index holds (describe-hit.ts).
    const d = t.facts;
    const components = Object.fromEntries(
      FIT_COMPONENTS.map((c, i) => [c, { value: round(t.components[i]!), weight: plan.weights[c] }]),
    ) as Record<FitComponent, { value: number; weight: number }>;
    const { platform } = t.facts;
    const prices = DELIVERABLES_BY_PLATFORM[platform].map((deliverable) =>
      fairPrice(deliverable, {
        platform,
        followers: d.followers ?? 0,
        tier: d.tier,
        medianViews: d.medianViews,
        engagementPercentile: d.erPercentile,
        sponsoredShare: d.sponsoredShare,
        usdRate,
        currency,
        calibration: plan.calibration,
      }),
    );
    const main = prices[0]!;
    const mid = midPrice(main);
    const { authenticity } = t.facts;
    const match = t.match;
    const audienceMatch = plan.audience
      ? {
          value: Number.isNaN(match.value) ? null : round(match.value),
          age_gender: plan.audience.cells && !Number.isNaN(match.ageGender) ? round(match.ageGender) : null,
          country: plan.audience.countries && !Number.isNaN(match.country) ? round(match.country) : null,
          source: t.facts.audienceSource,
        }
      : null;
    // Said in the brief's own words: a keyword or hashtag is named when one of its terms matched.
    const matched = t.facts.matchedTerms;
    const nicheTerms = [...keywordTerms, ...hashtagTermsOf]
      .filter((k) => k.terms.some((term) => matched.has(term)))
      .map((k) => k.said);
    const money = (minor: number) => formatAmount(minor, currency, { whole: true });
    return {
      account_id: t.accountId,
      creator_id: d.creatorId,
      platform,
      handle: d.handle,
      display_name: d.displayName,
      followers: d.followers,
      tier: d.tier,
      country: d.country,
      is_demo: d.isDemo,
      fit: { score: t.score, components, audience_match: audienceMatch },
      authenticity: { score: authenticity, level: levelOfScore(authenticity) },
      price: {
        currency,
        deliverables: prices,
        calibration: pricing.calibration,
        // What "add to campaign" pre-fills: the mid fair price of the main deliverable.
        suggested_fee: mid,
        // At the mid fair price of the main deliverable: what hiring this creator should return.
        expected_roas: {
          deliverable: main.deliverable,
          ...expectedRoas(main.inputs.expected_views, mid, pricing.funnel),
        },
      },
      explanation: explainResult({
        components,
        nicheTerms,
        audience: audienceMatch,
        tier: d.tier,
        erPercentile: d.erPercentile,
        replyRate: d.replyRate,
        authenticity,
        sponsoredShare: d.sponsoredShare,
        price: `fair ${main.deliverable} price ${money(main.low)}–${money(main.high)}`,
      }),
    };
  });
  return {
    results,
    took_ms: Math.round((performance.now() - started) * 10) / 10,
    total_matched: total,
    weights: plan.weights,
    default_weights: DEFAULT_WEIGHTS,
    formulas: DISCOVERY_FORMULAS,
    currency,
    include_demo: includeDemo,
    // How the brief's audience countries were used: a hard filter (minimum share) or a soft weight.
    audience_countries: brief.audience?.countries
      ? {
          countries: brief.audience.countries,
          mode: brief.audience.min_country_share === undefined ? ('weight' as const) : ('filter' as const),
          min_share: brief.audience.min_country_share ?? null,
        }
      : null,
  };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Accounts of the creators this workspace has an email for in its own layer (has_email counts them). */
async function accountsWithOwnEmail(db: DB, workspaceId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('workspace_creator_data as w')
    .innerJoin('accounts as a', 'a.creator_id', 'w.creator_id')
    .select('a.id')
    .where('w.workspace_id', '=', workspaceId)
    .where('w.email', 'is not', null)
    .where('w.email', '!=', '')
    .execute();
  return new Set(rows.map((r) => r.id));
}

async function accountIdsOf(db: DB, workspaceId: number, refs: string[], field: 'exclude' | 'like'): Promise<number[]> {
  const ids: number[] = [];
  for (const ref of refs) {
    const { platform, handle } = parseAccountRef(ref);
    const row = await db
      .selectFrom('accounts')
      .select('id')
      .where('platform', '=', platform)
      .where('handle', '=', handle)
      .where(accountVisibleTo('accounts', workspaceId))
      .executeTakeFirst();
    if (!row)
      throw new AppError('not_found', `No ${platform} account "${handle}" is known`, [{ path: field, message: ref }]);
    ids.push(row.id);
  }
  return ids;
}
