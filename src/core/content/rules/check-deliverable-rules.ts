// Every rule of one deliverable against one post (PRODUCT.md "Deliverable rules"); a rule the deliverable does not
// ask for is left out, so each listed result is a term of the deal.
import type { Deliverable } from '../deal-terms.ts';
import { checkBrandNamed } from './check-brand-named.ts';
import { checkDisclosure } from './check-disclosure.ts';
import { checkCode, checkLink } from './check-link-and-code.ts';
import { checkStillOnline } from './check-still-online.ts';
import { checkWindow } from './check-window.ts';
import type { CheckedPost, RuleOutcome, RuleResult } from './rule-result.ts';

export interface RuleContext {
  /** "/r/<key>" of the creator's tracked link. */
  linkPath: string | null;
  code: string | null;
  /** The campaign's dates, used when the deliverable has no window of its own. */
  campaignStartsOn: string | null;
  campaignEndsOn: string | null;
}

export function checkDeliverableRules(post: CheckedPost, d: Deliverable, ctx: RuleContext): RuleResult[] {
  const results: (RuleResult | null)[] = [
    d.require_disclosure ? checkDisclosure(post) : null,
    checkBrandNamed(post, d.brand_handles, d.hashtags),
    d.require_link ? checkLink(post, ctx.linkPath) : null,
    d.require_code ? checkCode(post, ctx.code) : null,
    checkWindow(post, d.window_start ?? ctx.campaignStartsOn, d.due_on ?? ctx.campaignEndsOn),
    d.min_online_days ? checkStillOnline(post, d.min_online_days) : null,
  ];
  return results.filter((r): r is RuleResult => r !== null);
}

/** One word for a post: fail when any rule fails, unknown when none fails but one is unknown, else pass. */
export function overallOutcome(results: RuleResult[]): RuleOutcome {
  if (results.some((r) => r.result === 'fail')) return 'fail';
  if (results.some((r) => r.result === 'unknown')) return 'unknown';
  return 'pass';
}
