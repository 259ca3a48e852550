// The discount a code gives, as the store is asked to create it: built from the code's terms and its
// campaign, or the reason it cannot be (unknown terms are never replaced by a made-up discount).

export interface StoreDiscount {
  code: string;
  /** Title shown to the merchant in the store's discount list. */
  title: string;
  value: { kind: 'percentage'; bps: number } | { kind: 'fixed_amount'; minor: number; currency: string };
  /** null = no total limit. */
  usageLimit: number | null;
  oncePerCustomer: boolean;
  /** ISO instants; null = from now / no end. */
  startsAt: string | null;
  endsAt: string | null;
}

export interface CodeTerms {
  code: string;
  percent_off_bps: number | null;
  amount_off_minor: number | null;
  usage_limit: number | null;
  once_per_customer: 0 | 1;
}

export interface CampaignTerms {
  name: string;
  currency: string;
  /** YYYY-MM-DD, the campaign's first and last day (UTC). */
  starts_on: string | null;
  ends_on: string | null;
}

/** The discount to create, or `{ reason }` when the code's terms do not say what it gives. */
export function storeDiscountOf(code: CodeTerms, campaign: CampaignTerms): StoreDiscount | { reason: string } {
  let value: StoreDiscount['value'];
  if (code.percent_off_bps !== null && code.amount_off_minor !== null)
    return { reason: 'the code has both a percentage and an amount off: keep one' };
  if (code.percent_off_bps !== null) value = { kind: 'percentage', bps: code.percent_off_bps };
  else if (code.amount_off_minor !== null)
    value = { kind: 'fixed_amount', minor: code.amount_off_minor, currency: campaign.currency };
  else return { reason: 'the code has no discount terms (give a percentage or an amount off)' };
  return {
    code: code.code,
    title: `${campaign.name}: ${code.code}`.slice(0, 255),
    value,
    usageLimit: code.usage_limit,
    oncePerCustomer: code.once_per_customer === 1,
    startsAt: campaign.starts_on ? `${campaign.starts_on}T00:00:00Z` : null,
    // The campaign's last day is included: the code ends at the end of it.
    endsAt: campaign.ends_on ? `${campaign.ends_on}T23:59:59Z` : null,
  };
}

/** True when the campaign is over at `now` (its last day has passed, UTC). */
export const campaignEnded = (endsOn: string | null, now: Date): boolean =>
  endsOn !== null && now.toISOString().slice(0, 10) > endsOn;

/** The first instant at which campaignEnded is true: the start of the day after the last day (UTC). */
export const campaignEndInstant = (endsOn: string): string =>
  new Date(Date.parse(`${endsOn}T00:00:00Z`) + 86_400_000).toISOString();
