// The headline of a vetting report: what a marketer should know first, good and bad, in words.
import type { VettingReport } from './build-vetting-report.ts';

export interface Finding {
  code:
    | 'suspicious_audience'
    | 'watch_audience'
    | 'insufficient_audience_data'
    | 'heavy_advertiser'
    | 'weak_sponsored_performance'
    | 'responsive_creator'
    | 'unresponsive_creator'
    | 'inactive'
    | 'estimated_audience'
    | 'no_audience_data';
  severity: 'good' | 'info' | 'warning' | 'problem';
  message: string;
}

export const HEAVY_ADVERTISER_SHARE = 0.3;
export const INACTIVE_DAYS = 60;

export function vettingFindings(r: Omit<VettingReport, 'findings'>): Finding[] {
  const out: Finding[] = [];
  const { authenticity: a, sponsored: s, reply_rate: rr } = r;
  if (a.level === 'suspicious')
    out.push({
      code: 'suspicious_audience',
      severity: 'problem',
      message: `Audience score ${a.score}/100: ${a.reasons.map((x) => x.code.replace(/_/g, ' ')).join(', ')}.`,
    });
  else if (a.level === 'watch')
    out.push({
      code: 'watch_audience',
      severity: 'warning',
      message: `Audience score ${a.score}/100: check ${a.reasons.map((x) => x.code.replace(/_/g, ' ')).join(', ')}.`,
    });
  else if (a.level === 'insufficient_data') {
    out.push({
      code: 'insufficient_audience_data',
      severity: 'info',
      message: `Audience score: insufficient data (${a.missing.join('; ')}).`,
    });
  }
  if (s.share_90d !== null && s.share_90d > HEAVY_ADVERTISER_SHARE) {
    out.push({
      code: 'heavy_advertiser',
      severity: 'warning',
      message: `${Math.round(s.share_90d * 100)} % of the last 90 days' posts are sponsored (${s.sponsored_posts} of ${s.posts})${
        s.brands.length
          ? `, for ${s.brands
              .slice(0, 5)
              .map((b) => '@' + b.handle)
              .join(', ')}`
          : ''
      }: a new product may get lost among the others.`,
    });
  }
  if (s.paid_post_performance !== null && s.paid_post_performance < 0.5) {
    out.push({
      code: 'weak_sponsored_performance',
      severity: 'warning',
      message: `Sponsored posts get ${Math.round(s.paid_post_performance * 100)} % of the engagement of organic ones.`,
    });
  }
  if (rr.value !== null && rr.threads >= 10) {
    if (rr.value >= 0.3)
      out.push({
        code: 'responsive_creator',
        severity: 'good',
        message: `Answers ${Math.round(rr.value * 100)} % of audience comment threads (${rr.replied} of ${rr.threads}), typically within ${rr.median_delay_hours?.toFixed(1)} h.`,
      });
    else if (rr.value < 0.05)
      out.push({
        code: 'unresponsive_creator',
        severity: 'info',
        message: `Answers ${Math.round(rr.value * 100)} % of audience comment threads (${rr.replied} of ${rr.threads}).`,
      });
  }
  const since = r.growth.cadence.days_since_last_post;
  if (since === null || since > INACTIVE_DAYS)
    out.push({
      code: 'inactive',
      severity: 'warning',
      message: since === null ? 'No posts known.' : `Last post ${Math.floor(since)} days ago.`,
    });
  if (r.audience.source === null)
    out.push({
      code: 'no_audience_data',
      severity: 'info',
      message: 'No audience demographics known: ask the creator to connect the account.',
    });
  else if (r.audience.source === 'estimated')
    out.push({
      code: 'estimated_audience',
      severity: 'info',
      message: "Audience demographics are estimated, not verified by the creator's own insights.",
    });
  return out;
}
