// The campaign report as CSV (one row per creator, then the total), for spreadsheets. Amounts are in
// major units of the report currency with the currency's decimals; a ratio with a zero denominator
// is written "n/a", like on screen.
import type { CampaignReport } from '../core/reports/campaign-report.ts';
import type { Figures } from '../core/reports/present-figures.ts';
import { formatMoney } from '../core/shared/to-minor-units.ts';

const HEADER = [
  'creator',
  'platform',
  'handle',
  'tier',
  'followers',
  'clicks',
  'orders',
  'first_orders',
  'repeat_orders',
  'new_customers',
  'returning_customers',
  'cancelled',
  'gross_revenue',
  'refunds',
  'net_revenue',
  'fee',
  'gifted',
  'shipping',
  'other_costs',
  'commission',
  'spend',
  'roas',
  'cm_roas',
  'cpa',
  'cpm',
  'cpe',
  'by_code',
  'by_click',
  'by_known_customer',
  'self_referral_flags',
  'coupon_site_flags',
  'code_leak_suspected',
  'deal_status',
  'currency',
];

export function campaignReportCsv(r: CampaignReport): string {
  const money = (minor: number | null) =>
    minor === null ? 'n/a' : formatMoney(minor, r.currency).slice(4).replace(/,/g, '');
  const ratio = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
  const figures = (f: Figures, leak: string, deal: string) => [
    f.clicks,
    f.orders.attributed,
    f.orders.first,
    f.orders.repeat,
    f.orders.new_customers,
    f.orders.returning_customers,
    f.orders.cancelled,
    money(f.revenue.gross_minor),
    money(f.revenue.refunds_minor),
    money(f.revenue.net_minor),
    money(f.spend.fee_minor),
    money(f.spend.gifted_minor),
    money(f.spend.shipping_minor),
    money(f.spend.other_minor),
    money(f.spend.commission_minor),
    money(f.spend.total_minor),
    ratio(f.roas),
    ratio(f.cm_roas),
    money(f.cpa_minor),
    money(f.cpm_minor),
    money(f.cpe_minor),
    f.by_rule.discount_code,
    f.by_rule.click,
    f.by_rule.known_customer,
    f.flags.self_referral,
    f.flags.coupon_site,
    leak,
    deal,
    r.currency,
  ];
  const rows = [
    HEADER,
    ...r.creators.map((c) => [
      c.creator.name ?? '',
      c.creator.platform,
      c.creator.handle,
      c.creator.tier ?? 'n/a',
      c.creator.followers ?? 'n/a',
      ...figures(c, c.code_leak.suspected ? 'yes' : 'no', c.deal_status),
    ]),
    ['TOTAL', '', '', '', '', ...figures(r.total, String(r.creators.filter((c) => c.code_leak.suspected).length), '')],
  ];
  return `${rows.map((row) => row.map((cell) => csvCell(String(cell))).join(',')).join('\r\n')}\r\n`;
}

/** Quotes a cell when needed; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
