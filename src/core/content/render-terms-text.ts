// The exact terms text a creator is shown and accepts. One pure function, so the SHA-256 kept as evidence of an
// acceptance can be reproduced from the stored deal at any time. Plain words, no idioms; amounts as ISO code and
// exact decimals, dates as ISO dates (the page around it formats numbers in the reader's locale).
import { createHash } from 'node:crypto';
import { currencyExponent } from '../shared/currency.ts';
import type { DealTerms, Deliverable } from './deal-terms.ts';

export interface TermsContext {
  brand: string;
  campaign: string;
  creator: string;
  currency: string;
  feeMinor: number;
  commissionBps: number;
  /** Value of gifted products, minor units (0 = no gift). */
  giftedMinor: number;
  campaignStartsOn: string | null;
  campaignEndsOn: string | null;
  brief: string | null;
}

const TYPE_WORDS: Record<Deliverable['type'], string> = {
  feed_post: 'feed post',
  reel: 'reel / short',
  story: 'story',
  video: 'video',
};

function exactAmount(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const fraction = exponent > 0 ? `.${digits.slice(-exponent)}` : '';
  return `${currency} ${minor < 0 ? '-' : ''}${digits.slice(0, digits.length - exponent)}${fraction}`;
}

const percent = (bps: number) => `${(bps / 100).toFixed(2).replace(/\.?0+$/, '')} %`;

function deliverableLines(d: Deliverable, i: number, ctx: TermsContext): string[] {
  const from = d.window_start ?? ctx.campaignStartsOn;
  const to = d.due_on ?? ctx.campaignEndsOn;
  const lines = [`${i + 1}. ${d.count} × ${TYPE_WORDS[d.type]}`];
  lines.push(`   Publish between: ${from ?? 'any date'} and ${to ?? 'any date'} (UTC dates, inclusive)`);
  if (d.require_disclosure)
    lines.push('   Mark the post as an advertisement (platform label or a disclosure such as #ad)');
  const names = [...d.brand_handles, ...d.hashtags];
  if (names.length > 0) lines.push(`   Name the brand with at least one of: ${names.join(', ')}`);
  if (d.require_link) lines.push('   Include your tracked link');
  if (d.require_code) lines.push('   Include your discount code');
  if (d.min_online_days) lines.push(`   Keep the post online for at least ${d.min_online_days} days`);
  return lines;
}

/** The terms as one text (LF line ends, no trailing spaces). */
export function renderTermsText(terms: DealTerms, ctx: TermsContext): string {
  const rights = terms.usage_rights;
  const granted = [
    rights.organic ? 'organic re-posts by the brand' : null,
    rights.paid_ads ? 'paid ads / allowlisting' : null,
  ]
    .filter(Boolean)
    .join(' and ');
  const lines = [
    `Agreement between ${ctx.brand} and ${ctx.creator}`,
    `Campaign: ${ctx.campaign}`,
    '',
    'Deliverables:',
    ...terms.deliverables.flatMap((d, i) => deliverableLines(d, i, ctx)),
    '',
    `Fee: ${exactAmount(ctx.feeMinor, ctx.currency)}`,
    `Commission: ${ctx.commissionBps > 0 ? `${percent(ctx.commissionBps)} of attributed net revenue` : 'none'}`,
    `Gifted products: ${ctx.giftedMinor > 0 ? `value ${exactAmount(ctx.giftedMinor, ctx.currency)}` : 'none'}`,
    `Usage rights: ${granted ? `${granted}, for ${rights.days ?? 0} days from approval` : 'none'}`,
    `Exclusivity: ${terms.exclusivity ? `${terms.exclusivity.scope}, for ${terms.exclusivity.days} days` : 'none'}`,
  ];
  if (terms.notes) lines.push('', 'Notes:', terms.notes);
  if (ctx.brief) lines.push('', 'Brief:', ctx.brief);
  return lines.map((l) => l.replace(/\s+$/, '')).join('\n');
}

/** Hex SHA-256 of the UTF-8 text: the evidence of what was shown. */
export const termsHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
