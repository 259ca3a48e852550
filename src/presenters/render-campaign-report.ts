// The campaign report as text for the terminal: one row per creator, the total, the tier comparison
// and the formulas. Ratios with a zero denominator print "n/a".
import type { CampaignReport } from '../core/reports/campaign-report.ts';
import type { Figures } from '../core/reports/present-figures.ts';
import { formatMoney } from '../core/shared/to-minor-units.ts';
import { showRatio } from '../core/money/ratio.ts';

export function renderCampaignReport(r: CampaignReport): string {
  const money = (minor: number | null) => (minor === null ? 'n/a' : formatMoney(minor, r.currency).slice(4));
  const header = [
    'creator',
    'tier',
    'clicks',
    'orders',
    '1st/rep',
    'new/ret',
    'net revenue',
    'refunds',
    'spend',
    'ROAS',
    'CM-ROAS',
    'CPA',
    'CPM',
    'CPE',
    'code/click/known',
    'flags',
  ];
  const row = (label: string, tier: string, f: Figures, leak = false) => [
    label,
    tier,
    String(f.clicks),
    String(f.orders.attributed),
    `${f.orders.first}/${f.orders.repeat}`,
    `${f.orders.new_customers}/${f.orders.returning_customers}`,
    money(f.revenue.net_minor),
    money(f.revenue.refunds_minor),
    money(f.spend.total_minor),
    showRatio(f.roas),
    showRatio(f.cm_roas),
    money(f.cpa_minor),
    money(f.cpm_minor),
    money(f.cpe_minor),
    `${f.by_rule.discount_code}/${f.by_rule.click}/${f.by_rule.known_customer}`,
    [
      f.flags.self_referral ? `self-referral ${f.flags.self_referral}` : '',
      f.flags.coupon_site ? `coupon site ${f.flags.coupon_site}` : '',
      leak ? 'code leak' : '',
    ]
      .filter(Boolean)
      .join(', ') || '-',
  ];
  const rows = [
    ...r.creators.map((c) =>
      row(`${c.creator.platform}:${c.creator.handle}`, c.creator.tier ?? 'n/a', c, c.code_leak.suspected),
    ),
    row('TOTAL', '', r.total),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i >= 2 && i <= 13 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const tiers = r.tiers.micro_vs_larger;
  const tierLine = (name: string, t: typeof tiers.micro) =>
    `  ${name.padEnd(8)} ${t.creators} creator(s), spend ${money(t.spend_minor)}, net revenue ${money(t.net_revenue_minor)}, ROAS ${showRatio(t.roas)}, CM-ROAS ${showRatio(t.cm_roas)}, CPA ${money(t.cpa_minor)}`;
  return [
    `${r.campaign.name} — ${r.campaign.window_days}-day window, ${r.campaign.model.replace('_', ' ')}${r.campaign.starts_on ? `, ${r.campaign.starts_on} to ${r.campaign.ends_on ?? '…'}` : ''}; amounts in ${r.currency}`,
    '',
    line(header),
    ...rows.slice(0, -1).map(line),
    line(rows[rows.length - 1]!),
    ...r.creators
      .filter((c) => c.code_leak.suspected)
      .map((c) => `Code leak suspected for ${c.creator.platform}:${c.creator.handle}: ${c.code_leak.reason}.`),
    ...r.creators
      .filter(
        (c) =>
          c.deal_status !== 'agreed' &&
          c.deal_status !== 'delivered' &&
          c.deal_status !== 'paid' &&
          c.spend.fee_minor === 0,
      )
      .map((c) => `${c.creator.platform}:${c.creator.handle}: deal ${c.deal_status}, its fee is not spend yet.`),
    '',
    'Micro vs mid/macro/mega:',
    tierLine('micro', tiers.micro),
    tierLine('larger', tiers.larger),
    '',
    ...Object.values(r.notes).map((n) => `  · ${n}`),
    '  · ROAS = net revenue / spend; CM-ROAS = (net revenue − cost of goods − payment fees) / spend; CPA = spend / orders; CPM = spend / impressions × 1000; CPE = spend / engagements.',
  ].join('\n');
}
