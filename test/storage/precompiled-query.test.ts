// A query compiled once (storage/precompiled-query.ts) behaves as the same query built by Kysely on every
// call: a call that passes more or fewer arguments than the first one stores exactly what it passes
// (the extra column is not dropped), and an undefined argument is left out, so its column takes the
// default, as Kysely's own insert does.
import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompiled } from '../../src/storage/precompiled-query.ts';
import type { WebhookDeliveriesTable } from '../../src/storage/schema.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const insertDelivery = precompiled((db, row: Insertable<WebhookDeliveriesTable>) =>
  db.insertInto('webhook_deliveries').values(row).returning(['external_id', 'order_external_id', 'attempts']),
);
const byExternalId = precompiled((db, a: { ws: number; externalId: string }) =>
  db
    .selectFrom('webhook_deliveries')
    .select('external_id')
    .where('workspace_id', '=', a.ws)
    .where('external_id', '=', a.externalId),
);

describe.each(testDialects)('a precompiled query, on %s', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    ws = (await ensureWorkspace(t.db, 'acme', { currency: 'HKD' })).id;
  });
  afterAll(() => t.close());

  const row = (externalId: string): Insertable<WebhookDeliveriesTable> => ({
    workspace_id: ws,
    platform: 'shopify',
    topic: 'orders/create',
    external_id: externalId,
    signature_ok: 1,
    headers: '{}',
    body: '{}',
    body_bytes: 2,
    body_truncated: 0,
    outcome: 'processed',
    received_at: '2026-01-01T00:00:00.000Z',
  });

  it('stores the arguments of each call, whatever the first call passed', async () => {
    const first = await insertDelivery(t.db, row('a'));
    const more = await insertDelivery(t.db, { ...row('b'), order_external_id: '1001', attempts: 3 });
    const fewer = await insertDelivery(t.db, row('c'));
    expect(first.rows).toEqual([{ external_id: 'a', order_external_id: null, attempts: 1 }]);
    expect(more.rows).toEqual([{ external_id: 'b', order_external_id: '1001', attempts: 3 }]);
    expect(fewer.rows).toEqual([{ external_id: 'c', order_external_id: null, attempts: 1 }]);
  });

  it('leaves an undefined argument out, as Kysely does: the column takes its default', async () => {
    const compiled = await insertDelivery(t.db, { ...row('d'), attempts: undefined, order_external_id: undefined });
    const built = await t.db
      .insertInto('webhook_deliveries')
      .values({ ...row('e'), attempts: undefined, order_external_id: undefined })
      .returning(['external_id', 'order_external_id', 'attempts'])
      .execute();
    expect(compiled.rows).toEqual([{ external_id: 'd', order_external_id: null, attempts: 1 }]);
    expect(built).toEqual([{ external_id: 'e', order_external_id: null, attempts: 1 }]);
  });

  it('binds new values on every call', async () => {
    expect((await byExternalId(t.db, { ws, externalId: 'b' })).rows).toEqual([{ external_id: 'b' }]);
    expect((await byExternalId(t.db, { ws, externalId: 'c' })).rows).toEqual([{ external_id: 'c' }]);
    expect((await byExternalId(t.db, { ws: ws + 1, externalId: 'c' })).rows).toEqual([]);
  });
});
