// Property test of the commission ledger (issue 15 item 3): random sequences of orders, partial refunds,
// cancellations, deletions, restores and payouts on an advancing clock. After every sequence:
// - every transaction's postings sum to zero (double entry by construction), so the ledger does too;
// - each creator's payable balance = payable accruals + fees + adjustments − reversals − payouts, and
//   equals an independent model (commission on each matured order's net revenue − what was paid);
// - each payout paid exactly the model's payable balance at its as-of;
// - the campaign report's commission equals the ledger's, per creator, to the minor unit.
import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { netRevenue } from '../../src/core/attribution/net-revenue.ts';
import { payableAt } from '../../src/core/ledger/hold.ts';
import { commissionFor } from '../../src/core/money/commission.ts';
import { creatorStatement } from '../../src/services/ledger/creator-statement.ts';
import { applyRefund } from '../../src/services/orders/apply-refund.ts';
import { ingestOrder } from '../../src/services/orders/ingest-order.ts';
import { removeOrder } from '../../src/services/orders/remove-order.ts';
import { markPayoutBatchPaid } from '../../src/services/payouts/mark-payout-batch-paid.ts';
import { getPayoutBatch } from '../../src/services/payouts/get-payout-batch.ts';
import { preparePayoutBatch } from '../../src/services/payouts/prepare-payout-batch.ts';
import { buildCampaignReport } from '../../src/services/reports/build-campaign-report.ts';
import { type LedgerWorld, ledgerOrder, ledgerWorld } from '../support/ledger-world.ts';
import { openTestDatabase } from '../support/test-db.ts';

type Who = 'ana' | 'ben';
type Op =
  | { op: 'place'; who: Who; subtotal: number; days: number }
  | { op: 'refund'; order: number; amount: number; days: number }
  | { op: 'cancel'; order: number; days: number }
  | { op: 'delete'; order: number; days: number }
  | { op: 'restore'; order: number; days: number }
  | { op: 'payout'; days: number };

const days = fc.integer({ min: 0, max: 20 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('place' as const),
      who: fc.constantFrom<Who>('ana', 'ben'),
      subtotal: fc.integer({ min: 1, max: 99_999 }),
      days,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('refund' as const),
      order: fc.nat(20),
      amount: fc.integer({ min: 1, max: 60_000 }),
      days,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancel' as const), order: fc.nat(20), days }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), order: fc.nat(20), days }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restore' as const), order: fc.nat(20), days }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('payout' as const), days }) },
);

interface ModelOrder {
  id: string;
  who: Who;
  subtotal: number;
  placedAt: string;
  refunds: { externalId: string; amountMinor: number; refundedAt: string }[];
  cancelledAt: string | null;
  deleted: boolean;
}

// After the enrollment (made on the real clock): a code order placed before its creator joined is not hers.
const START = Date.now() + 60_000;
const HOLD_DAYS = 30;

async function run(ops: Op[]) {
  const t = await openTestDatabase('sqlite');
  try {
    const w: LedgerWorld = await ledgerWorld(t.db);
    const ws = w.workspaceId;
    const orders: ModelOrder[] = [];
    const paid: Record<Who, number> = { ana: 0, ben: 0 };
    let clock = START;
    const now = () => new Date(clock).toISOString();
    const record = (o: ModelOrder) =>
      ledgerOrder(o.id, w[o.who].code, {
        placedAt: o.placedAt,
        subtotalMinor: o.subtotal,
        totalMinor: o.subtotal,
        refunds: o.refunds,
        cancelledAt: o.cancelledAt,
      });
    const due = (o: ModelOrder) =>
      commissionFor(
        netRevenue({
          subtotalMinor: o.subtotal,
          refundsMinor: o.refunds.map((r) => r.amountMinor),
          cancelled: o.cancelledAt !== null,
        }).netMinor,
        w[o.who].bps,
      );
    const modelPayable = (who: Who, asOf: number) =>
      orders
        .filter((o) => o.who === who && Date.parse(payableAt(o.placedAt, HOLD_DAYS)) <= asOf)
        .reduce((s, o) => s + due(o), 0) - paid[who];
    const tx = <T>(f: (db: typeof t.db) => Promise<T>) => t.db.transaction().execute(f);

    for (const op of ops) {
      clock += op.days * 86_400_000 + 1000;
      const o = op.op === 'place' || op.op === 'payout' ? undefined : orders[op.order % Math.max(orders.length, 1)];
      if (op.op === 'place') {
        const m: ModelOrder = {
          id: `o${orders.length}`,
          who: op.who,
          subtotal: op.subtotal,
          placedAt: now(),
          refunds: [],
          cancelledAt: null,
          deleted: false,
        };
        orders.push(m);
        await tx((db) => ingestOrder(db, ws, record(m), now()));
      } else if (op.op === 'payout') {
        const { batchId } = await tx((db) => preparePayoutBatch(db, { workspaceId: ws, userId: null }, {}, now()));
        const batch = await getPayoutBatch(t.db, ws, batchId);
        for (const who of ['ana', 'ben'] as const) {
          const expected = modelPayable(who, clock);
          const line = batch.lines.find((l) => l.creatorId === w[who].creatorId);
          expect(line?.amountMinor ?? 0, `payout line of ${who}`).toBe(expected > 0 ? expected : 0);
          if (line) paid[who] += line.amountMinor;
        }
        if (batch.lines.length)
          await tx((db) => markPayoutBatchPaid(db, { workspaceId: ws, userId: null }, batchId, 'bank-csv', now()));
      } else if (o && op.op === 'refund') {
        const r = { externalId: `r${o.refunds.length}-${o.id}`, amountMinor: op.amount, refundedAt: now() };
        o.refunds.push(r);
        await tx((db) => applyRefund(db, ws, 'import', o.id, () => r, now()));
      } else if (o && op.op === 'cancel' && o.cancelledAt === null) {
        o.cancelledAt = now();
        await tx((db) => ingestOrder(db, ws, record(o), now()));
      } else if (o && op.op === 'delete' && o.cancelledAt === null) {
        o.cancelledAt = now();
        o.deleted = true;
        await tx((db) => removeOrder(db, ws, 'import', o.id, now()));
      } else if (o && op.op === 'restore' && o.deleted) {
        o.cancelledAt = null;
        o.deleted = false;
        await tx((db) => ingestOrder(db, ws, record(o), now(), { restore: true }));
      }
    }

    // Double entry: no transaction whose postings do not sum to zero, and the whole ledger sums to zero.
    const unbalanced = await sql<{ transaction_id: number }>`
      select transaction_id from ledger_postings group by transaction_id having sum(amount_minor) <> 0`.execute(t.db);
    expect(unbalanced.rows).toEqual([]);
    const total = await t.db
      .selectFrom('ledger_postings')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_minor'), eb.lit(0)).as('s'))
      .executeTakeFirstOrThrow();
    expect(Number(total.s)).toBe(0);

    const report = await buildCampaignReport(t.db, ws, w.campaignId);
    for (const who of ['ana', 'ben'] as const) {
      const st = await creatorStatement(t.db, ws, w[who].creatorId, { asOf: now() });
      const b = st.balances.find((x) => x.currency === 'GBP') ?? {
        payableMinor: 0,
        accrualsMinor: 0,
        reversalsMinor: 0,
        feesMinor: 0,
        adjustmentsMinor: 0,
        paidMinor: 0,
      };
      expect(b.payableMinor, `${who}: balance = formula`).toBe(
        b.accrualsMinor + b.feesMinor + b.adjustmentsMinor - b.reversalsMinor - b.paidMinor,
      );
      expect(b.payableMinor, `${who}: balance = model`).toBe(modelPayable(who, clock));
      const ledgerCommission = st.lines
        .filter((l) => l.kind === 'accrual' || l.kind === 'reversal')
        .reduce((s, l) => s + l.amountMinor, 0);
      expect(ledgerCommission, `${who}: ledger commission = model`).toBe(
        orders.filter((o) => o.who === who).reduce((s, o) => s + due(o), 0),
      );
      const row = report.creators.find((c) => c.creator.id === w[who].creatorId);
      expect(row?.spend.commission_minor ?? 0, `${who}: report = ledger`).toBe(ledgerCommission);
    }
  } finally {
    await t.close();
  }
}

describe('the commission ledger (property)', () => {
  it('balances to zero, matches the balance formula and the model, and agrees with the report', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), run), { numRuns: 40 });
  }, 240_000);
});
