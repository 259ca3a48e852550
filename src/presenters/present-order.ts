// JSON shape of an order with its attribution (rule, evidence, flags). Money in minor units.
import type { listOrders } from '../storage/orders/list-orders.ts';
import { fromJsonArray } from '../storage/creators/json-columns.ts';

type OrderRow = Awaited<ReturnType<typeof listOrders>>['items'][number];

export function presentOrder(o: OrderRow) {
  return {
    id: o.id,
    source: o.source,
    external_id: o.external_id,
    name: o.name,
    currency: o.currency,
    placed_at: o.placed_at,
    subtotal_minor: o.subtotal_minor,
    total_minor: o.total_minor,
    refunded_minor: Number(o.refunded_minor ?? 0),
    financial_status: o.financial_status,
    cancelled_at: o.cancelled_at,
    codes: fromJsonArray(o.codes),
    attribution:
      o.rule === null
        ? null
        : {
            rule: o.rule,
            campaign_id: o.campaign_id,
            enrollment_id: o.enrollment_id,
            is_repeat: o.is_repeat === 1,
            is_new_customer: o.is_new_customer === null ? null : o.is_new_customer === 1,
            flags: currentFlags(o.flags),
            evidence: JSON.parse(o.evidence ?? '{}') as unknown,
          },
  };
}

/** Order flags as stored; "code_leak" was an order flag before the rule moved to the creator's code (dropped). */
function currentFlags(json: string | null): { kind: string; reason: string }[] {
  return (JSON.parse(json ?? '[]') as { kind: string; reason: string }[]).filter((f) => f.kind !== 'code_leak');
}
