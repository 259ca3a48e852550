import type { CreatorVetting } from '../services/vetting/vet-creator.ts';

/** The vetting document served by the API and printed by `vet --json`: one document per account. */
export function presentVettingReport(vetting: CreatorVetting) {
  const { report } = vetting;
  return {
    creator_id: vetting.creatorId,
    account_id: vetting.accountId,
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
    series: vetting.series,
    other_accounts: vetting.otherAccounts.map((a) => ({
      account_id: a.accountId,
      platform: a.platform,
      handle: a.handle,
    })),
    price: vetting.price,
    your_import: vetting.yourImport && {
      followers: vetting.yourImport.followers,
      observed_at: vetting.yourImport.observedAt,
      source: vetting.yourImport.source,
    },
  };
}

export type PresentedVettingReport = ReturnType<typeof presentVettingReport>;
