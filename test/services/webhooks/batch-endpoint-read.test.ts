// A batch of deliveries reads each workspace's outgoing endpoints once, not once per attributed order:
// every order of the batch still gets its event, sent to each enabled endpoint that wants it and to no
// other, and an endpoint added between two batches receives the events of the next one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaignSchema, enrollCreatorSchema } from '../../../src/http/schemas/campaigns.ts';
import { createCampaign } from '../../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../../src/services/campaigns/enroll-creator.ts';
import { createEndpoint } from '../../../src/services/webhooks/create-endpoint.ts';
import { DeliveryWriter } from '../../../src/services/webhooks/delivery-writer.ts';
import { statementCounter } from '../../../src/storage/statement-counter.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { TEST_SECRET_KEY } from '../../support/commerce.ts';
import { orderDeliveryJob } from '../../support/delivery-job.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const key = Buffer.from(TEST_SECRET_KEY, 'hex');

describe.each(testDialects)('outgoing endpoints in a delivery batch, on %s', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  const endpoint = (path: string, events: string[]) =>
    createEndpoint(t.db, key, ws, { url: `https://hooks.example/${path}`, events }, new Date());
  const sendsTo = async (endpointId: number) =>
    (await t.db.selectFrom('webhook_sends').select('id').where('endpoint_id', '=', endpointId).execute()).length;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    ws = (await ensureWorkspace(t.db, 'acme', { currency: 'HKD' })).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
    await storeCreators(t.db, ws, [creatorRecord({}, { handle: 'ana', followers: 30_000 })]);
    const campaign = await createCampaign(
      t.db,
      ws,
      createCampaignSchema.parse({ name: 'C', destination_url: 'https://shop.example/' }),
    );
    // The code of the "dis3" order every job carries: each order is attributed, so each emits order.attributed.
    await enrollCreator(
      t.db,
      ws,
      campaign.id,
      enrollCreatorSchema.parse({ creator: 'instagram:ana', code: '0124C', commission_bps: 1000 }),
    );
  });
  afterAll(() => t.close());

  it('reads the endpoints once per batch; each order still reaches every endpoint that wants it', async () => {
    const orders = await endpoint('orders', ['order.attributed']);
    const deals = await endpoint('deals', ['deal.updated']);
    const disabled = await endpoint('disabled', ['order.attributed']);
    await t.db
      .updateTable('webhook_endpoints')
      .set({ disabled_at: new Date().toISOString() })
      .where('id', '=', disabled.id)
      .execute();
    const statements = statementCounter();
    const writer = new DeliveryWriter(t.db.withPlugin(statements.plugin));

    const one = (await writer.submit(orderDeliveryJob(ws, 1))).outcome;
    const alone = statements.count();
    // Submitted in one tick: one batch of three.
    const three = await Promise.all([2, 3, 4].map((id) => writer.submit(orderDeliveryJob(ws, id))));
    expect(writer.stats.batches).toBe(2);
    expect([one, ...three.map((r) => r.outcome)]).toEqual(['processed', 'processed', 'processed', 'processed']);
    // The batch of three ran three times the statements of a delivery alone, less two endpoint reads.
    expect(statements.count() - alone).toBe(3 * alone - 2);
    const events = await t.db.selectFrom('webhook_events').select(['type']).where('workspace_id', '=', ws).execute();
    expect(events).toEqual(Array.from({ length: 4 }, () => ({ type: 'order.attributed' })));
    expect([await sendsTo(orders.id), await sendsTo(deals.id), await sendsTo(disabled.id)]).toEqual([4, 0, 0]);

    // Added between two batches: the next batch reads it.
    const later = await endpoint('later', []);
    await Promise.all([5, 6].map((id) => writer.submit(orderDeliveryJob(ws, id))));
    expect([await sendsTo(orders.id), await sendsTo(later.id)]).toEqual([6, 2]);
  });
});
