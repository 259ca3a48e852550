import type { AccountMeasures } from '../../core/vetting/measure-account.ts';
import type { AccountMetricsTable } from '../../storage/schema.ts';
import { median } from '../../core/vetting/stats/median.ts';
import type { AccountFacts } from '../../core/vetting/account-facts.ts';
import { VIDEO_TYPES } from '../../core/vetting/account-facts.ts';
import type { Insertable } from 'kysely';

/** The compact, queryable numbers of an account's measures or vetting report (what discovery filters and ranks on). */
export function metricsRow(
  accountId: number,
  facts: AccountFacts,
  report: AccountMeasures,
): Insertable<AccountMetricsTable> {
  const er = (formula: string) => report.engagement.find((e) => e.formula === formula);
  const recentViews = facts.posts
    .filter((p) => VIDEO_TYPES.includes(p.type) && p.views !== null)
    .slice(0, 12)
    .map((p) => p.views!);
  return {
    account_id: accountId,
    as_of: report.as_of,
    platform: report.platform,
    tier: report.tier,
    followers: report.followers,
    er_followers: er('er_followers')?.value ?? null,
    er_followers_posts: er('er_followers')?.posts_used ?? 0,
    er_median_likes: er('er_median_likes')?.value ?? null,
    er_views: er('er_views')?.value ?? null,
    median_views: median(recentViews),
    reply_rate: report.reply_rate.value,
    reply_threads: report.reply_rate.threads,
    median_reply_delay_hours: report.reply_rate.median_delay_hours,
    sponsored_share_90d: report.sponsored.share_90d,
    paid_post_performance: report.sponsored.paid_post_performance,
    sponsored_brands: JSON.stringify(report.sponsored.brands.map((b) => b.handle)),
    growth_30d: report.growth.d30,
    growth_90d: report.growth.d90,
    unexplained_spikes: report.growth.spikes.filter((s) => !s.explained).length,
    authenticity_score: report.authenticity.score,
    authenticity_level: report.authenticity.level,
    posts_90d: report.growth.cadence.posts_90d,
    last_posted_at: report.growth.cadence.last_posted_at,
    computed_at: new Date().toISOString(),
  };
}
