// Order ingestion, attribution through storage, refunds and cancellations clawing back commission.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderRecord } from '../../src/core/orders/order-record.ts';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import { ingestOrder } from '../../src/services/orders/ingest-order.ts';
import { insertLedgerEntry } from '../../src/storage/ledger/insert-ledger-entry.ts';
import { listLedgerEntries } from '../../src/storage/ledger/list-ledger-entries.ts';
import { emailHash, customerKey, addressHash } from '../../src/core/identity/customer-identity.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';
import { createCampaignSchema, enrollCreatorSchema } from '../../src/http/schemas/campaigns.ts';

const order = (id: string, over: Partial<OrderRecord> = {}): OrderRecord => {
  const email = (over as { email?: string }).email ?? `${id}@example.com`;
  return {
    source: 'import',
    externalId: id,
    name: `#${id}`,
    currency: 'GBP',
    placedAt: '2026-03-10T12:00:00.000Z',
    subtotalMinor: 10000,
    discountsMinor: 0,
    shippingMinor: 0,
    taxMinor: 0,
    totalMinor: 10000,
    cogsMinor: null,
    paymentFeesMinor: null,
    financialStatus: 'paid',
    cancelledAt: null,
    customerKey: customerKey('import', null, emailHash(email)),
    emailHash: emailHash(email),
    addressHash: null,
    codes: [],
    landingUrl: null,
    referrer: null,
    cartToken: null,
    checkoutToken: null,
    checkoutClickId: null,
    refunds: [],
    ...over,
  };
};

describe.each(testDialects)('orders, attribution and commission on %s', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  let ana: number;
  let ben: number;
  const ingest = (o: OrderRecord) => t.db.transaction().execute((trx) => ingestOrder(trx, ws, o));
  const creatorOf = async (enrollmentId: number) =>
    Number(
      (
        await t.db
          .selectFrom('enrollments')
          .select('creator_id')
          .where('id', '=', enrollmentId)
          .executeTakeFirstOrThrow()
      ).creator_id,
    );
  // The creator's side of the ledger (core/ledger): kind and amount in her favour, oldest first.
  const ledger = async (enrollmentId: number) =>
    (await listLedgerEntries(t.db, ws, { creatorId: await creatorOf(enrollmentId) })).map((e) => ({
      kind: e.kind,
      amount_minor: e.amountMinor,
    }));
  const balance = async (enrollmentId: number) => (await ledger(enrollmentId)).reduce((s, e) => s + e.amount_minor, 0);
  const attribution = async (orderId: number) =>
    t.db.selectFrom('attributions').selectAll().where('order_id', '=', orderId).executeTakeFirstOrThrow();

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    ws = (await ensureWorkspace(t.db, 'acme', { currency: 'GBP' })).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
    await storeCreators(t.db, ws, [
      creatorRecord({ email: 'ana.creator@example.com' }, { handle: 'ana', followers: 30_000 }),
      creatorRecord({}, { handle: 'ben', followers: 300_000 }),
    ]);
    const campaign = await createCampaign(
      t.db,
      ws,
      createCampaignSchema.parse({ name: 'C', destination_url: 'https://shop.example/' }),
    );
    ana = (
      await enrollCreator(
        t.db,
        ws,
        campaign.id,
        enrollCreatorSchema.parse({
          creator: 'instagram:ana',
          commission_bps: 1000,
          code: 'ANA10',
          address: { address1: '1 High St', zip: 'AB1 2CD', country: 'GB' },
        }),
      )
    ).enrollmentId;
    ben = (
      await enrollCreator(
        t.db,
        ws,
        campaign.id,
        enrollCreatorSchema.parse({ creator: 'instagram:ben', commission_bps: 500, code: 'BEN5' }),
      )
    ).enrollmentId;
  });
  afterEach(async () => t.close());

  it('earns commission on the order, claws back a partial refund, then the rest on cancellation after payout', async () => {
    const placed = await ingest(order('1', { codes: ['ana10'] }));
    expect(await ledger(ana)).toEqual([{ kind: 'accrual', amount_minor: 1000 }]);
    // The creator is paid out the 10.00 earned.
    await insertLedgerEntry(
      t.db,
      ws,
      {
        key: 'payout:test',
        kind: 'payout',
        creatorId: await creatorOf(ana),
        currency: 'GBP',
        amountMinor: -1000,
        reason: 'payout',
        occurredAt: '2026-03-31T00:00:00.000Z',
        availableAt: '2026-03-31T00:00:00.000Z',
        campaignId: null,
        enrollmentId: null,
        orderId: null,
        payoutLineId: null,
      },
      { now: '2026-03-31T00:00:00.000Z', createdBy: null },
    );
    // Partial refund of 30.00 → commission 7.00, clawback 3.00.
    await ingest(
      order('1', {
        codes: ['ana10'],
        refunds: [{ externalId: 'r1', amountMinor: 3000, refundedAt: '2026-04-02T00:00:00Z' }],
      }),
    );
    expect(await ledger(ana)).toEqual([
      { kind: 'accrual', amount_minor: 1000 },
      { kind: 'payout', amount_minor: -1000 },
      { kind: 'reversal', amount_minor: -300 },
    ]);
    // Cancellation after payout: the remaining 7.00 is clawed back; the creator owes 10.00 (balance −10.00).
    await ingest(order('1', { codes: ['ana10'], cancelledAt: '2026-04-03T00:00:00.000Z' }));
    expect(await balance(ana)).toBe(-1000);
    // Re-delivering any of it changes nothing.
    await ingest(
      order('1', {
        codes: ['ana10'],
        cancelledAt: '2026-04-03T00:00:00.000Z',
        refunds: [{ externalId: 'r1', amountMinor: 3000, refundedAt: '2026-04-02T00:00:00Z' }],
      }),
    );
    expect(await ledger(ana)).toHaveLength(4);
    expect((await attribution(placed.orderId)).rule).toBe('discount_code');
  });

  it.each([
    [
      'repeat purchase 12 days later → known customer, repeat',
      '2026-03-22T12:00:00.000Z',
      [],
      'known_customer',
      1,
      'ana',
    ],
    [
      "repeat purchase with another creator's code → still the first creator",
      '2026-03-22T12:00:00.000Z',
      ['ben5'],
      'known_customer',
      1,
      'ana',
    ],
    ['after the window (31 days) → the new code wins', '2026-04-10T12:00:01.000Z', ['ben5'], 'discount_code', 0, 'ben'],
    ['after the window without a code → unattributed', '2026-04-10T12:00:01.000Z', [], 'unattributed', 0, null],
  ])('%s', async (_label, placedAt, codes, rule, isRepeat, who) => {
    await ingest(order('1', { codes: ['ana10'], email: 'jo@example.com' } as Partial<OrderRecord>));
    const second = await ingest(order('2', { codes, placedAt, email: 'jo@example.com' } as Partial<OrderRecord>));
    const a = await attribution(second.orderId);
    expect(a.rule).toBe(rule);
    expect(a.is_repeat).toBe(isRepeat);
    expect(a.is_new_customer).toBe(0);
    expect(a.enrollment_id).toBe(who === 'ana' ? ana : who === 'ben' ? ben : null);
  });

  it('flags self-referral by the creator email and by the enrollment address', async () => {
    const byEmail = await ingest(
      order('1', { codes: ['ana10'], email: 'Ana.Creator@example.com ' } as Partial<OrderRecord>),
    );
    expect(JSON.parse((await attribution(byEmail.orderId)).flags)).toContainEqual({
      kind: 'self_referral',
      reason: 'customer email matches the creator',
    });
    const byAddress = await ingest(
      order('2', {
        codes: ['ana10'],
        addressHash: addressHash({ address1: '1 high st', zip: 'ab12cd', country: 'gb' }),
      }),
    );
    expect(JSON.parse((await attribution(byAddress.orderId)).flags).map((f: { kind: string }) => f.kind)).toContain(
      'self_referral',
    );
  });

  it('keeps the first attribution when an order is delivered again with other data', async () => {
    const first = await ingest(order('1', { codes: ['ana10'] }));
    const again = await ingest(order('1', { codes: ['ben5'] }));
    expect(again).toEqual({ orderId: first.orderId, created: false, changed: false });
    expect((await attribution(first.orderId)).enrollment_id).toBe(ana);
    expect(
      Number(
        (
          await t.db
            .selectFrom('orders')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(1);
  });
  // read-order-facts.ts compiles its statement once for an order with a few codes and builds it for one
  // with many: both read the same facts (the creator's code, the customer's earlier order won by a creator).
  it('reads the same facts whether the order names one code or many', async () => {
    const fillers = Array.from({ length: 12 }, (_, i) => `nobody${i}`);
    const newCustomer = await ingest(order('0', { codes: [...fillers, 'ben5'] }));
    expect(await attribution(newCustomer.orderId)).toMatchObject({ rule: 'discount_code', enrollment_id: ben });
    const sam = { email: 'sam@example.com' } as Partial<OrderRecord>;
    await ingest(order('1', { ...sam, codes: ['ana10'] }));
    const few = await ingest(order('2', { ...sam, codes: ['ben5'], placedAt: '2026-03-11T12:00:00.000Z' }));
    const many = await ingest(
      order('3', { ...sam, codes: [...fillers, 'ben5'], placedAt: '2026-03-12T12:00:00.000Z' }),
    );
    const facts = async (orderId: number) => {
      const { rule, enrollment_id, is_new_customer, is_repeat, evidence } = await attribution(orderId);
      // Each order's own placement aside.
      const { order_at: _, ...earlier } = JSON.parse(evidence);
      return { rule, enrollment_id, is_new_customer, is_repeat, earlier };
    };
    const read = await facts(few.orderId);
    expect(read.is_new_customer).toBe(0);
    expect(await facts(many.orderId)).toEqual(read);
  });
});
