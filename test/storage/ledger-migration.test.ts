// Migration 0018 on a database with commission entries from before the ledger: each entry becomes one
// balanced ledger transaction (earned → accrual, clawback → reversal, payout → payout) keyed legacy:<id>,
// the accruals payable 30 days after their order; commission_entries is gone (one ledger).
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listLedgerEntries } from '../../src/storage/ledger/list-ledger-entries.ts';
import { migrateTo, migrateToLatest } from '../../src/storage/migrate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('migration 0018-ledger-and-payouts on %s', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, { migrate: false });
    await migrateTo(t.db, '0013-relationships');
  });
  afterEach(async () => t.close());

  it('moves commission entries into balanced ledger transactions and drops the old table', async () => {
    const db = t.db as unknown as Kysely<any>;
    const now = '2026-03-01T00:00:00.000Z';
    const ws = (await ensureWorkspace(t.db, 'acme', { currency: 'GBP' })).id;
    const [creatorId] = await storeCreators(t.db, ws, [creatorRecord({}, { handle: 'ana' })]);
    const account = await db
      .selectFrom('accounts')
      .select('id')
      .where('creator_id', '=', creatorId)
      .executeTakeFirstOrThrow();
    const id = async (q: { executeTakeFirstOrThrow: () => Promise<{ id: unknown }> }) =>
      Number((await q.executeTakeFirstOrThrow()).id);
    const campaign = await id(
      db
        .insertInto('campaigns')
        .values({
          workspace_id: ws,
          name: 'C',
          currency: 'GBP',
          destination_url: 'https://shop.example/',
          utm_source: 's',
          utm_medium: 'm',
          utm_campaign: 'c',
          created_at: now,
          updated_at: now,
        })
        .returning('id'),
    );
    const enrollment = await id(
      db
        .insertInto('enrollments')
        .values({
          workspace_id: ws,
          campaign_id: campaign,
          creator_id: creatorId,
          account_id: account.id,
          created_at: now,
          updated_at: now,
        })
        .returning('id'),
    );
    const order = await id(
      db
        .insertInto('orders')
        .values({
          workspace_id: ws,
          source: 'import',
          external_id: '1',
          currency: 'GBP',
          placed_at: '2026-03-10T12:00:00.000Z',
          subtotal_minor: 10000,
          total_minor: 10000,
          created_at: now,
          updated_at: now,
        })
        .returning('id'),
    );
    const entry = (kind: string, amount: number, orderId: number | null) => ({
      workspace_id: ws,
      enrollment_id: enrollment,
      order_id: orderId,
      kind,
      amount_minor: amount,
      currency: 'GBP',
      reason: kind,
      created_at: now,
    });
    await db
      .insertInto('commission_entries')
      .values([entry('earned', 1000, order), entry('payout', -1000, null), entry('clawback', -300, order)])
      .execute();

    await migrateToLatest(t.db);

    const entries = await listLedgerEntries(t.db, ws, { creatorId: creatorId! });
    expect(entries.map((e) => [e.kind, e.amountMinor, e.key.startsWith('legacy:'), e.availableAt])).toEqual([
      ['accrual', 1000, true, '2026-04-09T12:00:00.000Z'],
      ['payout', -1000, true, now],
      ['reversal', -300, true, '2026-04-09T12:00:00.000Z'],
    ]);
    const sums = await sql<{
      s: number;
    }>`select sum(amount_minor) as s from ledger_postings group by transaction_id`.execute(t.db);
    expect(sums.rows.map((r) => Number(r.s))).toEqual([0, 0, 0]);
    const tables = (await t.db.introspection.getTables()).map((x) => x.name);
    expect(tables).not.toContain('commission_entries');
    const hold = await db.selectFrom('campaigns').select('hold_days').executeTakeFirstOrThrow();
    expect(hold.hold_days).toBe(30);
  });
});
