// Ledger writers on both dialects: deliverable fees (the content area's seam, and a deal reaching
// delivered) booked once per deliverable, entries refused when their sign is wrong for their kind,
// and commission payable only after the campaign's hold.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDealSchema } from '../../src/core/campaigns/campaign-input.ts';
import { postingsFor } from '../../src/core/ledger/ledger-entry.ts';
import { setDealStatus } from '../../src/services/campaigns/set-deal-status.ts';
import { creatorStatement } from '../../src/services/ledger/creator-statement.ts';
import { recordDeliverableFee } from '../../src/services/ledger/record-deliverable-fee.ts';
import { ingestOrder } from '../../src/services/orders/ingest-order.ts';
import { ledgerOrder, ledgerWorld, type LedgerWorld } from '../support/ledger-world.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('ledger entries on %s', (dialect) => {
  let t: TestDatabase;
  let w: LedgerWorld;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    w = await ledgerWorld(t.db);
  });
  afterEach(async () => t.close());
  const statement = (asOf?: string) => creatorStatement(t.db, w.workspaceId, w.ana.creatorId, { asOf });

  it('books a deliverable fee once per deliverable, payable at once', async () => {
    const fee = {
      workspaceId: w.workspaceId,
      enrollmentId: w.ana.enrollmentId,
      amountMinor: 25_000,
      currency: 'GBP',
      now: '2026-05-01T00:00:00.000Z',
    };
    const first = await recordDeliverableFee(t.db, { ...fee, deliverableRef: 'post:17' });
    const repeat = await recordDeliverableFee(t.db, { ...fee, deliverableRef: 'post:17' });
    await recordDeliverableFee(t.db, { ...fee, deliverableRef: 'post:18' });
    expect(first.transactionId).not.toBeNull();
    expect(repeat.transactionId).toBeNull();
    const s = await statement('2026-05-01T00:00:00.000Z');
    expect(s.lines.map((l) => [l.kind, l.amountMinor, l.reason])).toEqual([
      ['fee', 25_000, 'fee: post:17 approved'],
      ['fee', 25_000, 'fee: post:18 approved'],
    ]);
    expect(s.balances[0]).toMatchObject({ payableMinor: 50_000, feesMinor: 50_000 });
    // Another workspace's enrollment is not found.
    const other = await ledgerWorld(t.db, 'other');
    await expect(
      recordDeliverableFee(t.db, { ...fee, workspaceId: other.workspaceId, deliverableRef: 'post:19' }),
    ).rejects.toThrow(/Enrollment .* was not found/);
  });

  it('books the fee of a deal that reaches delivered, once', async () => {
    const move = (status: 'agreed' | 'delivered' | 'paid', fee_minor?: number) =>
      setDealStatus(
        t.db,
        w.workspaceId,
        w.campaignId,
        setDealSchema.parse({ creator: 'instagram:ana_acme', status, fee_minor }),
      );
    await move('agreed', 30_000);
    expect((await statement()).lines).toEqual([]);
    await move('delivered');
    await move('delivered', 31_000); // a changed fee on a delivered deal books nothing more
    await move('paid');
    expect((await statement()).lines.map((l) => [l.kind, l.amountMinor, l.reason])).toEqual([
      ['fee', 30_000, 'fee: deal delivered'],
    ]);
  });

  it('keeps commission pending for the campaign hold, then payable', async () => {
    const placed = new Date(Date.now() + 60_000).toISOString();
    await ingestOrder(t.db, w.workspaceId, ledgerOrder('1', w.ana.code, { placedAt: placed }), placed);
    const during = await statement(new Date(Date.parse(placed) + 29 * 86_400_000).toISOString());
    expect(during.balances[0]).toMatchObject({ payableMinor: 0, pendingMinor: 1000 });
    expect(during.lines[0]).toMatchObject({
      payable: false,
      availableAt: new Date(Date.parse(placed) + 30 * 86_400_000).toISOString(),
    });
    const after = await statement(new Date(Date.parse(placed) + 30 * 86_400_000).toISOString());
    expect(after.balances[0]).toMatchObject({ payableMinor: 1000, pendingMinor: 0, accrualsMinor: 1000 });
  });

  it('refuses an entry whose amount has the wrong sign for its kind, naming the field', () => {
    const entry = {
      key: 'k',
      creatorId: 1,
      currency: 'GBP',
      reason: 'r',
      occurredAt: '2026-01-01T00:00:00.000Z',
      availableAt: '2026-01-01T00:00:00.000Z',
      campaignId: null,
      enrollmentId: null,
      orderId: null,
      payoutLineId: null,
    };
    expect(() => postingsFor({ ...entry, kind: 'payout', amountMinor: 100 })).toThrow(
      'amount_minor must be negative for a payout',
    );
    expect(() => postingsFor({ ...entry, kind: 'adjustment', amountMinor: 0 })).toThrow('non-zero whole number');
    expect(() => postingsFor({ ...entry, kind: 'fee', amountMinor: 1.5 })).toThrow('non-zero whole number');
    expect(postingsFor({ ...entry, kind: 'adjustment', amountMinor: -250 })).toEqual([
      { account: 'creator:1', amountMinor: -250 },
      { account: 'brand:expense:adjustments', amountMinor: 250 },
    ]);
  });
});
