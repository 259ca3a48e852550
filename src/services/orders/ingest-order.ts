// Stores an order from any source and attributes it. Idempotent on (workspace, source, external id):
// the first sighting inserts and attributes; later ones (orders/paid, orders/updated after an edit,
// orders/cancelled, re-deliveries, re-imports) update amounts, status, cancellation and refunds, keep
// the attribution, and re-sync commission. Call inside a transaction.
import { emitEvent } from '../webhooks/emit-event.ts';
import type { Kysely } from 'kysely';
import type { OrderRecord, RefundRecord } from '../../core/orders/order-record.ts';
import { precompiled } from '../../storage/precompiled-query.ts';
import type { Database, NewOrder, Order } from '../../storage/schema.ts';
import { attributeStoredOrder } from '../attribution/attribute-stored-order.ts';
import { syncCommission } from '../commission/sync-commission.ts';

export interface IngestResult {
  orderId: number;
  created: boolean;
  changed: boolean;
}

export interface IngestOptions {
  /** A restored order (WooCommerce order.restored): its own cancellation state replaces a deletion. */
  restore?: boolean;
}

const AMOUNTS = [
  ['subtotal_minor', 'subtotalMinor'],
  ['discounts_minor', 'discountsMinor'],
  ['shipping_minor', 'shippingMinor'],
  ['tax_minor', 'taxMinor'],
  ['total_minor', 'totalMinor'],
] as const;

export async function ingestOrder(
  db: Kysely<Database>,
  workspaceId: number,
  record: OrderRecord,
  now = new Date().toISOString(),
  options: IngestOptions = {},
): Promise<IngestResult> {
  // Insert first: a new order (the common case) costs one statement; a known one is then read.
  const order = (
    await insertNewOrder(db, {
      workspace_id: workspaceId,
      source: record.source,
      external_id: record.externalId,
      name: record.name,
      currency: record.currency,
      placed_at: record.placedAt,
      subtotal_minor: record.subtotalMinor,
      discounts_minor: record.discountsMinor,
      shipping_minor: record.shippingMinor,
      tax_minor: record.taxMinor,
      total_minor: record.totalMinor,
      cogs_minor: record.cogsMinor,
      payment_fees_minor: record.paymentFeesMinor,
      financial_status: record.financialStatus,
      cancelled_at: record.cancelledAt,
      customer_key: record.customerKey,
      email_hash: record.emailHash,
      address_hash: record.addressHash,
      codes: JSON.stringify(record.codes),
      landing_url: record.landingUrl,
      referrer: record.referrer,
      cart_token: record.cartToken,
      checkout_token: record.checkoutToken,
      checkout_click_id: record.checkoutClickId,
      created_at: now,
      updated_at: now,
    })
  ).rows[0];
  if (order) {
    await addRefunds(db, order, record.refunds);
    const { result, terms } = await attributeStoredOrder(db, order, now);
    // Only a creator's order earns commission; nothing is booked yet for a new order.
    if (result.enrollmentId !== null && terms && terms.commissionBps > 0) {
      await syncCommission(db, order.id, now, `order ${order.name ?? order.external_id} placed`, {
        workspaceId,
        enrollmentId: result.enrollmentId,
        commissionBps: terms.commissionBps,
        context: { placedAt: order.placed_at, ...terms },
        currency: order.currency,
        bookedMinor: 0,
        revenue: {
          subtotalMinor: order.subtotal_minor,
          refundsMinor: firstPerId(record.refunds).map((r) => r.amountMinor),
          cancelled: order.cancelled_at !== null,
        },
      });
    }
    return { orderId: order.id, created: true, changed: true };
  }

  const existing = await db
    .selectFrom('orders')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('source', '=', record.source)
    .where('external_id', '=', record.externalId)
    .executeTakeFirstOrThrow();
  const update: Partial<Order> = {};
  if (record.financialStatus !== existing.financial_status) update.financial_status = record.financialStatus;
  // An edited order comes back with new amounts: revenue (and commission) follow them.
  for (const [column, field] of AMOUNTS) if (Number(existing[column]) !== record[field]) update[column] = record[field];
  // A cancellation is final: a later delivery without cancelled_at (out of order) does not undo it;
  // only a restore (the store took the order out of the trash) states the order's own state again.
  if (options.restore ? record.cancelledAt !== existing.cancelled_at : record.cancelledAt && !existing.cancelled_at) {
    update.cancelled_at = record.cancelledAt;
  }
  if (existing.checkout_click_id === null && record.checkoutClickId) update.checkout_click_id = record.checkoutClickId;
  let changed = Object.keys(update).length > 0;
  if (changed)
    await db
      .updateTable('orders')
      .set({ ...update, updated_at: now })
      .where('id', '=', existing.id)
      .execute();
  changed = (await addRefunds(db, existing, record.refunds)) || changed;
  if (changed) {
    const name = existing.name ?? existing.external_id;
    const reason = update.cancelled_at
      ? `order ${name} cancelled`
      : 'cancelled_at' in update
        ? `order ${name} restored`
        : 'subtotal_minor' in update
          ? `order ${name} edited`
          : `order ${name} updated`;
    await syncCommission(db, existing.id, now, reason);
  }
  return { orderId: existing.id, created: false, changed };
}

/** Inserts the order unless the workspace has it already (then no row comes back); compiled once. */
const insertNewOrder = precompiled((db, row: NewOrder) =>
  db
    .insertInto('orders')
    .values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'source', 'external_id']).doNothing())
    .returningAll(),
);

/** Adds refunds not seen before (idempotent on the refund's external id); true when any was new. */
export async function addRefunds(
  db: Kysely<Database>,
  order: Pick<Order, 'id' | 'workspace_id'>,
  refunds: RefundRecord[],
): Promise<boolean> {
  let added = false;
  for (const r of refunds) {
    const result = await db
      .insertInto('order_refunds')
      .values({
        workspace_id: order.workspace_id,
        order_id: order.id,
        external_id: r.externalId,
        amount_minor: r.amountMinor,
        refunded_at: r.refundedAt,
      })
      .onConflict((oc) => oc.columns(['order_id', 'external_id']).doNothing())
      .executeTakeFirst();
    const isNew = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    if (isNew)
      await emitEvent(
        db,
        order.workspace_id,
        'order.refunded',
        {
          order_id: order.id,
          refund: { external_id: r.externalId, amount_minor: r.amountMinor, refunded_at: r.refundedAt },
        },
        new Date(),
      );
    added ||= isNew;
  }
  return added;
}

/** Refunds as stored: the first of each external id (addRefunds ignores later duplicates). */
const firstPerId = (refunds: RefundRecord[]) =>
  refunds.filter((r, i) => refunds.findIndex((x) => x.externalId === r.externalId) === i);
