// The merge values of one creator's email. Fields this workspace has no value for stay null, so the
// renderer refuses an email that uses them (a deal's fee or a code is never guessed).
import { formatAmount } from '../shared/format-amount.ts';
import { firstName, type MergeValues } from './render-template.ts';

/** What her enrollment in the sequence's campaign gives an email: her tracked link, code and agreed fee. */
export interface DealMergeFacts {
  linkKey: string | null;
  code: string | null;
  feeMinor: number | null;
  currency: string;
  /** Her portal link, or null when none is made for this email (a preview, an enrollment check). */
  portalLink: string | null;
}

/** What a preview shows for {{portal_link}}: each email gets its own signed link when it is sent. */
export const PORTAL_LINK_WHEN_SENT = '[her portal link, made when the email is sent]';

export function mergeValues(
  c: { displayName: string | null; handle: string | null },
  brand: string,
  deal?: DealMergeFacts & { origin: string },
): MergeValues {
  return {
    first_name: firstName(c.displayName),
    name: c.displayName,
    handle: c.handle,
    brand,
    link: deal?.linkKey ? `${deal.origin}/r/${deal.linkKey}` : null,
    code: deal?.code ?? null,
    // A fee of zero is a gifted-only deal: no fee to write about.
    fee: deal?.feeMinor ? formatAmount(deal.feeMinor, deal.currency) : null,
    portal_link: deal?.portalLink ?? null,
  };
}
