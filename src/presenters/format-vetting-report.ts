// The vetting report for a terminal: the same numbers as the JSON, each with its formula and sample.
import { formatMoney } from '../core/shared/to-minor-units.ts';
import type { AccountPrice } from '../services/pricing/price-account.ts';
import type { CreatorVetting } from '../services/vetting/vet-creator.ts';

const pct = (x: number | null, digits = 2) => (x === null ? 'n/a' : `${(x * 100).toFixed(digits)} %`);
const int = (x: number | null) => (x === null ? 'n/a' : Math.round(x).toLocaleString('en-GB'));

export function formatVettingReport(vetting: CreatorVetting): string {
  const r = vetting.report;
  const lines: string[] = [];
  lines.push(
    `${r.platform}:${r.handle} · ${int(r.followers)} followers · tier ${r.tier ?? 'below nano'} · as of ${r.as_of.slice(0, 10)}`,
  );
  for (const f of r.findings)
    lines.push(`  ${f.severity === 'good' ? '+' : f.severity === 'problem' ? '!' : '-'} ${f.message}`);
  lines.push('', 'Engagement');
  for (const e of r.engagement) {
    const bench =
      e.tier_percentile === null
        ? e.value === null
          ? ''
          : ` · tier percentile n/a (${e.tier_percentile_reason})`
        : ` · P${Math.round(e.tier_percentile)} in tier (median ${pct(e.tier_median)}, ${e.tier_accounts} accounts)`;
    lines.push(
      e.value === null
        ? `  ${e.formula.padEnd(16)} n/a (${e.reason})`
        : `  ${e.formula.padEnd(16)} ${pct(e.value).padStart(8)} · ${e.posts_used} posts over ${e.window_days} days · ${e.confidence} confidence${bench}`,
    );
  }
  const rr = r.reply_rate;
  lines.push(
    '',
    'Creator reply rate',
    rr.value === null
      ? `  n/a (${rr.reason})`
      : `  ${pct(rr.value, 0)} of ${rr.threads} audience threads answered · median first reply after ${rr.median_delay_hours?.toFixed(1)} h`,
  );
  const s = r.sponsored;
  lines.push(
    '',
    'Ad fatigue (90 days)',
    `  sponsored share ${pct(s.share_90d, 0)} (${s.sponsored_posts} of ${s.posts} posts) · paid post performance ${s.paid_post_performance === null ? 'n/a' : `${s.paid_post_performance.toFixed(2)}×`}`,
    ...(s.missing ?? []).map((m) => `  insufficient data: ${m}`),
    `  brands in sponsored posts: ${s.brands.length ? s.brands.map((b) => `@${b.handle} (${b.posts})`).join(', ') : 'none'}`,
  );
  const g = r.growth;
  lines.push(
    '',
    'Growth',
    `  30 days ${pct(g.d30, 1)} · 90 days ${pct(g.d90, 1)} · ${g.cadence.posts_per_week.toFixed(1)} posts/week · last post ${g.cadence.days_since_last_post === null ? 'never' : `${Math.floor(g.cadence.days_since_last_post)} days ago`}`,
  );
  for (const sp of g.spikes)
    lines.push(
      `  spike ${sp.at.slice(0, 10)}: +${pct(sp.change, 0)} (${int(sp.from)} → ${int(sp.to)}) ${sp.explained ? 'explained' : 'UNEXPLAINED'}: ${sp.explanation}`,
    );
  const a = r.authenticity;
  lines.push(
    '',
    a.score === null
      ? `Audience authenticity: insufficient data (${a.missing.join('; ')})`
      : `Audience authenticity ${a.score}/100 (${a.level}; suspicious below ${a.threshold})`,
  );
  for (const reason of a.reasons) lines.push(`  −${reason.penalty} ${reason.code}: ${reason.message}`);
  for (const c of a.checks.filter((x) => x.status !== 'fail'))
    lines.push(`  ${c.status === 'pass' ? 'ok ' : '?  '} ${c.signal}: ${c.detail}`);
  lines.push('', `Audience (${r.audience.source ?? 'unknown'})`);
  for (const d of Object.values(r.audience.dimensions)) {
    lines.push(
      `  ${d.dimension} · ${d.source} · sample ${int(d.sample_size)} · ${d.as_of.slice(0, 10)}: ${d.segments
        .slice(0, 5)
        .map((x) => `${x.key} ${pct(x.share, 0)}`)
        .join(', ')}`,
    );
  }
  lines.push('', ...formatPrice(vetting.price));
  return lines.join('\n');
}

function formatPrice(price: AccountPrice): string[] {
  if (price.reason) return [`Fair price (${price.currency}): n/a (${price.reason})`];
  return [
    `Fair price (${price.currency}; ${price.calibration.note})`,
    ...price.deliverables.map(
      (d) =>
        `  ${d.deliverable.padEnd(12)} ${formatMoney(d.low, price.currency)} – ${formatMoney(
          d.high,
          price.currency,
        )} · ${d.inputs.expected_views.toLocaleString('en-GB')} expected views`,
    ),
  ];
}
