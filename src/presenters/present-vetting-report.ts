import type { VettingReport } from '../core/vetting/build-vetting-report.ts';

/** The vetting report as served by the API and printed by `vet --json`: one document per account. */
export function presentVettingReport(report: VettingReport, ids: { creatorId: number; accountId: number }) {
  return {
    creator_id: ids.creatorId,
    account_id: ids.accountId,
    ...report,
    reply_rate: {
      ...report.reply_rate,
      formula: 'answered audience threads / audience threads, posts of the last 90 days (≥ 48 h old, at most 30)',
    },
    sponsored: {
      ...report.sponsored,
      formulas: {
        share_90d: 'sponsored posts / all posts over 90 days',
        paid_post_performance: 'mean er_followers of sponsored posts / mean er_followers of organic posts, same window',
      },
    },
  };
}

export type PresentedVettingReport = ReturnType<typeof presentVettingReport>;
