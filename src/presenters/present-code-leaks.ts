import type { CodeLeakRow } from '../services/codes/list-code-leaks.ts';
import type { ReplaceCodeResult } from '../services/codes/replace-code.ts';

export function presentCodeLeak(row: CodeLeakRow) {
  return {
    enrollment_id: row.enrollmentId,
    creator: row.creator,
    code: row.code,
    code_sync: row.sync,
    suspected: row.leak.suspected,
    reason: row.leak.reason,
    evidence: {
      ...row.leak.evidence,
      coupon_site_orders: row.couponSiteOrders.map((o) => ({
        order_id: o.orderId,
        name: o.name,
        placed_at: o.placedAt,
        site: o.site,
        via: o.via,
        referrer: o.referrer,
        landing_url: o.landingUrl,
      })),
    },
  };
}

export function presentReplaceCode(enrollmentId: number, r: ReplaceCodeResult) {
  return {
    enrollment_id: enrollmentId,
    old_code: { code: r.oldCode, status: r.oldCodeStatus, error: r.oldCodeError },
    new_code: { code: r.newCode, sync: { status: r.sync.status, error: r.sync.error } },
  };
}
