// On a SQLite file the delivery writer commits its batches in a worker thread with its own connection;
// the outcomes are those of the main thread's writer: a failing delivery is stored "failed" with the
// others processed once, a repeat changes nothing, and every promise resolves after its COMMIT (the
// main connection then reads the rows). An in-memory database, which no other connection can open,
// keeps its batches on the main thread.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryWriter } from '../../../src/services/webhooks/delivery-writer.ts';
import { parseDelivery } from '../../../src/services/webhooks/parse-delivery.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { shopifyRefund } from '../../support/commerce.ts';
import { orderDeliveryJob } from '../../support/delivery-job.ts';
import { openTestDatabase, type TestDatabase } from '../../support/test-db.ts';

const job = orderDeliveryJob;

describe('the delivery writer on a SQLite file', () => {
  let dir: string;
  let t: TestDatabase;
  let workspaceId: number;
  let writer: DeliveryWriter;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-writer-thread-'));
    t = await openTestDatabase('sqlite', { file: join(dir, 'writer.db') });
    workspaceId = (await ensureWorkspace(t.db, 'acme', { currency: 'HKD' })).id;
    writer = new DeliveryWriter(t.db, { offThread: true });
  });
  afterAll(async () => {
    await writer.close();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits a batch in its worker thread: the failure stored with its delivery, the others processed once', async () => {
    const results = await Promise.all([
      writer.submit(job(workspaceId, 1)),
      writer.submit(job(workspaceId, 2, true)),
      writer.submit(job(workspaceId, 3)),
    ]);
    expect(writer.stats.batches).toBe(1);
    expect(writer.stats.threadStatements).toBeGreaterThan(0);
    expect(results.map((r) => r.outcome)).toEqual(['processed', 'failed', 'processed']);
    expect(results[1]!.error).toMatch(/placed_at/);
    // Committed before the promises resolved: the main connection sees every row.
    const orders = await t.db.selectFrom('orders').select(['id', 'external_id']).orderBy('external_id').execute();
    expect(orders.map((o) => o.external_id)).toEqual(['1', '3']);
    expect(results[0]!.orderId).toBe(orders[0]!.id);
    const deliveries = await t.db
      .selectFrom('webhook_deliveries')
      .select(['id', 'external_id', 'outcome'])
      .orderBy('external_id')
      .execute();
    expect(deliveries.map((d) => [d.external_id, d.outcome])).toEqual([
      ['delivery-1', 'processed'],
      ['delivery-2', 'failed'],
      ['delivery-3', 'processed'],
    ]);
    expect(results.map((r) => r.deliveryId)).toEqual(deliveries.map((d) => d.id));
    expect(await t.db.selectFrom('attributions').select('order_id').execute()).toHaveLength(2);
  });

  it('changes nothing on a repeat', async () => {
    const again = await writer.submit(job(workspaceId, 1));
    expect(again.outcome).toBe('duplicate');
    expect(await t.db.selectFrom('orders').select('id').execute()).toHaveLength(2);
  });

  // Every kind of event crosses to the thread by structured clone: a refund once carried a closure.
  it('applies a refund in its worker thread', async () => {
    const body = JSON.stringify(shopifyRefund(1, 901, '10.00', '2026-01-02T10:00:00Z'));
    const action = parseDelivery('shopify', 'refunds/create', body);
    const result = await writer.submit({
      ...job(workspaceId, 1),
      topic: 'refunds/create',
      externalId: 'refund-901',
      body,
      action,
    });
    expect(result).toMatchObject({ outcome: 'processed', error: null });
    expect(await t.db.selectFrom('order_refunds').select('external_id').execute()).toEqual([{ external_id: '901' }]);
  });
});

describe('the delivery writer on an in-memory SQLite database', () => {
  it('commits on the main thread: no other connection can open the database', async () => {
    const t = await openTestDatabase('sqlite');
    try {
      const workspaceId = (await ensureWorkspace(t.db, 'acme', { currency: 'HKD' })).id;
      const writer = new DeliveryWriter(t.db, { offThread: true });
      const result = await writer.submit(job(workspaceId, 7));
      await writer.close();
      expect(result.outcome).toBe('processed');
      expect(writer.stats.threadStatements).toBe(0);
      expect(await t.db.selectFrom('orders').select('external_id').execute()).toEqual([{ external_id: '7' }]);
    } finally {
      await t.close();
    }
  });
});
