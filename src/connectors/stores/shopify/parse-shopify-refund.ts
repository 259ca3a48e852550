import { toMinorUnits } from '../../../core/shared/to-minor-units.ts';
import { toUtcIso, type RefundRecord } from '../../../core/orders/order-record.ts';
import type { ShopifyRefund } from './schemas.ts';

/**
 * Revenue given back by a Shopify refund: the refunded line items' subtotals (after discounts,
 * before tax). A refund without line items (an amount-only refund), or one from an older API version
 * whose line items carry no `subtotal`, counts its successful refund transactions less shipping
 * refunds and refunded tax (line items' `total_tax` and the order adjustments). Later capping at the order's remaining
 * revenue happens in core/attribution/net-revenue.ts.
 */
export function parseShopifyRefund(r: ShopifyRefund, currency: string): RefundRecord & { orderExternalId: string } {
  const minor = (v: string | null | undefined) => (v ? (toMinorUnits(v, currency) ?? 0) : 0);
  const lines = r.refund_line_items;
  let amount = lines.reduce((s, li) => s + minor(li.subtotal), 0);
  if (lines.length === 0 || lines.some((li) => li.subtotal == null)) {
    const paid = r.transactions
      .filter((t) => t.kind === 'refund' && t.status !== 'failure' && t.status !== 'error')
      .reduce((s, t) => s + minor(t.amount), 0);
    const notRevenue = r.order_adjustments.reduce(
      (s, a) => s + (a.kind === 'shipping_refund' ? Math.abs(minor(a.amount)) : 0) + Math.abs(minor(a.tax_amount)),
      0,
    );
    const lineTax = lines.reduce((s, li) => s + Math.abs(minor(li.total_tax)), 0);
    amount = Math.max(0, paid - notRevenue - lineTax);
  }
  return {
    orderExternalId: r.order_id,
    externalId: r.id,
    amountMinor: Math.max(0, amount),
    refundedAt: toUtcIso(r.created_at) ?? r.created_at,
  };
}
