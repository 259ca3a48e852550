// A batch of deliveries is processed without a savepoint per delivery; when one of them fails, the
// batch runs again with each delivery isolated: the failure is stored with its delivery ("failed",
// replayable), the others are processed once, and nothing of the first attempt remains.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryWriter } from '../../../src/services/webhooks/delivery-writer.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { orderDeliveryJob } from '../../support/delivery-job.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

describe.each(testDialects)('a batch with a failing delivery, on %s', (dialect) => {
  let t: TestDatabase;
  let workspaceId: number;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    workspaceId = (await ensureWorkspace(t.db, 'acme', { currency: 'HKD' })).id;
  });
  afterAll(() => t.close());

  const job = (id: number, broken = false) => orderDeliveryJob(workspaceId, id, broken);

  it('stores the failure with its delivery and processes the others once', async () => {
    const writer = new DeliveryWriter(t.db);
    // Submitted in one tick: one batch.
    const results = await Promise.all([writer.submit(job(1)), writer.submit(job(2, true)), writer.submit(job(3))]);
    expect(writer.stats.batches).toBe(1);
    expect(results.map((r) => r.outcome)).toEqual(['processed', 'failed', 'processed']);
    expect(results[1]!.error).toMatch(/placed_at/);
    const orders = await t.db.selectFrom('orders').select('external_id').orderBy('external_id').execute();
    expect(orders).toEqual([{ external_id: '1' }, { external_id: '3' }]);
    const deliveries = await t.db
      .selectFrom('webhook_deliveries')
      .select(['external_id', 'outcome'])
      .orderBy('external_id')
      .execute();
    expect(deliveries).toEqual([
      { external_id: 'delivery-1', outcome: 'processed' },
      { external_id: 'delivery-2', outcome: 'failed' },
      { external_id: 'delivery-3', outcome: 'processed' },
    ]);
    expect(await t.db.selectFrom('attributions').select('order_id').execute()).toHaveLength(2);
  });
});
