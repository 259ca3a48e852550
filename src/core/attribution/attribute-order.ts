// The attribution pipeline: known customer → discount code → click → unattributed. The first rule
// that applies wins; the result carries the rule, its evidence and the flags.
import { isoMillis } from '../time/iso-millis.ts';
import { detectFlags } from './detect-flags.ts';
import { pickClick } from './pick-click.ts';
import type { AttributionInput, AttributionResult, CampaignRules } from './types.ts';
import { withinWindow } from './within-window.ts';

export function attributeOrder(input: AttributionInput): AttributionResult {
  const { order } = input;
  const base = { order_at: order.placedAt };
  const isNewCustomer = order.hasEarlierOrders === null ? null : !order.hasEarlierOrders;
  const credit = (
    rule: 'known_customer' | 'discount_code' | 'click',
    enrollmentId: number,
    rules: CampaignRules,
    evidence: Record<string, unknown>,
  ): AttributionResult => ({
    rule,
    campaignId: rules.campaignId,
    enrollmentId,
    isRepeat: rule === 'known_customer',
    isNewCustomer,
    flags: detectFlags({
      rule,
      enrollmentId,
      rules,
      order,
      clicks: input.clicks,
      self: input.selfIdentity.get(enrollmentId),
    }),
    evidence: { rule, ...base, window_days: rules.windowDays, model: rules.model, ...evidence },
  });

  // 1. Known customer: the most recent earlier order a creator won by code or click, within that campaign's window.
  const known = input.priorAttributions
    .map((p) => ({ p, rules: input.campaigns.get(p.campaignId) }))
    .filter(
      (x): x is { p: typeof x.p; rules: CampaignRules } =>
        x.rules !== undefined && withinWindow(x.p.placedAt, order.placedAt, x.rules.windowDays) === 'in_window',
    )
    .sort((a, b) => isoMillis(b.p.placedAt) - isoMillis(a.p.placedAt))[0];
  if (known) {
    return credit('known_customer', known.p.enrollmentId, known.rules, {
      first_order_id: known.p.orderId,
      first_order_at: known.p.placedAt,
    });
  }

  // 2. A creator's discount code (matching is case-insensitive after trimming; done by the caller's lookup).
  const code = input.codeMatches
    .map((m) => ({ m, rules: input.campaigns.get(m.campaignId) }))
    .find((x) => x.rules !== undefined);
  if (code && code.rules) {
    return credit('discount_code', code.m.enrollmentId, code.rules, {
      code: code.m.code,
      other_codes: input.codeMatches.filter((m) => m !== code.m).map((m) => m.code),
    });
  }

  // 3. A click (mr_cid in the landing URL or stored for the checkout, same visitor, or creator UTM) within the window.
  const picked = pickClick(input.clicks, order.placedAt, input.campaigns);
  if (picked) {
    return credit('click', picked.click.enrollmentId, picked.rules, {
      click_id: picked.click.clickId,
      click_at: picked.click.clickedAt,
      via: picked.click.via,
      link: picked.click.linkKey,
      candidates: picked.notes,
    });
  }

  return {
    rule: 'unattributed',
    campaignId: null,
    enrollmentId: null,
    isRepeat: false,
    isNewCustomer,
    flags: [],
    evidence: { rule: 'unattributed', ...base, codes: order.codes, candidates: input.clicks.length },
  };
}
