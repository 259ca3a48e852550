// Outgoing webhooks end to end: each wired event happens through the code that does it today (an order
// attributed and refunded, a deal moved, a relationship stage changed), the durable job queue delivers
// it to a local receiver, and the receiver verifies every message with the `standardwebhooks` package,
// as a real receiver would. Also: event filters, rotation overlap (two signatures), retries then
// automatic disabling, replay, and another workspace's endpoint receiving nothing.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderRecord } from '../../../src/core/orders/order-record.ts';
import { webhookMaxAttempts } from '../../../src/core/webhooks/retry-schedule.ts';
import { createCampaignSchema, enrollCreatorSchema, setDealSchema } from '../../../src/http/schemas/campaigns.ts';
import { createCampaign } from '../../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../../src/services/campaigns/enroll-creator.ts';
import { setDealStatus } from '../../../src/services/campaigns/set-deal-status.ts';
import { runDueJobs } from '../../../src/services/jobs/run-due-jobs.ts';
import { ingestOrder } from '../../../src/services/orders/ingest-order.ts';
import { contentPostInputSchema } from '../../../src/core/content/content-input.ts';
import { dealTermsSchema } from '../../../src/core/content/deal-terms.ts';
import { addContentPost } from '../../../src/services/content/add-content-post.ts';
import { saveDealTerms } from '../../../src/storage/portal/deal-terms.ts';
import { setStage } from '../../../src/services/relationships/change-relationship.ts';
import { createEndpoint } from '../../../src/services/webhooks/create-endpoint.ts';
import { webhookDeliverHandler } from '../../../src/services/webhooks/deliver-webhook.ts';
import { emitEvent } from '../../../src/services/webhooks/emit-event.ts';
import { replaySend } from '../../../src/services/webhooks/replay-send.ts';
import { rotateEndpointSecret } from '../../../src/services/webhooks/rotate-endpoint-secret.ts';
import { sendTestEvent } from '../../../src/services/webhooks/send-test-event.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { TEST_SECRET_KEY } from '../../support/commerce.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const key = Buffer.from(TEST_SECRET_KEY, 'hex');
const handlers = [webhookDeliverHandler({ key: () => key, timeoutMs: 5_000 })];

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

async function startReceiver(status: () => number) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status()).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const verify = (secret: string, m: Received) =>
  new Webhook(secret).verify(m.body, m.headers as Record<string, string>) as {
    type: string;
    data: Record<string, unknown>;
  };

const order = (id: string, over: Partial<OrderRecord>): OrderRecord => ({
  source: 'import',
  externalId: id,
  name: `#${id}`,
  currency: 'GBP',
  placedAt: '2026-03-10T12:00:00.000Z',
  subtotalMinor: 10_000,
  discountsMinor: 0,
  shippingMinor: 0,
  taxMinor: 0,
  totalMinor: 10_000,
  cogsMinor: null,
  paymentFeesMinor: null,
  financialStatus: 'paid',
  cancelledAt: null,
  customerKey: null,
  emailHash: null,
  addressHash: null,
  codes: [],
  landingUrl: null,
  referrer: null,
  cartToken: null,
  checkoutToken: null,
  checkoutClickId: null,
  refunds: [],
  ...over,
});

describe.each(testDialects)('outgoing webhooks on %s', (dialect) => {
  let t: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let answer = 204;
  let ws: number;
  let other: number;
  let campaignId: number;
  let creatorIds: number[];
  const deliverAll = (now = new Date()) => runDueJobs(t.db, handlers, { now, random: () => 0.5 });

  beforeEach(async () => {
    answer = 204;
    t = await openTestDatabase(dialect);
    receiver = await startReceiver(() => answer);
    ws = (await ensureWorkspace(t.db, 'acme', { currency: 'GBP' })).id;
    other = (await ensureWorkspace(t.db, 'other', { currency: 'GBP' })).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
    creatorIds = await storeCreators(t.db, ws, [creatorRecord({}, { handle: 'ana', followers: 30_000 })]);
    campaignId = (
      await createCampaign(
        t.db,
        ws,
        createCampaignSchema.parse({ name: 'C', destination_url: 'https://shop.example/' }),
      )
    ).id;
    await enrollCreator(
      t.db,
      ws,
      campaignId,
      enrollCreatorSchema.parse({ creator: 'instagram:ana', code: 'ANA10', commission_bps: 1000 }),
    );
  });
  afterEach(async () => {
    await receiver.close();
    await t.close();
  });

  it('delivers every wired event, signed so that standardwebhooks verifies it; filters and tenancy hold', async () => {
    const all = await createEndpoint(t.db, key, ws, { url: `${receiver.origin}/all`, events: [] }, new Date());
    const deals = await createEndpoint(
      t.db,
      key,
      ws,
      { url: `${receiver.origin}/deals`, events: ['deal.updated'] },
      new Date(),
    );
    const stranger = await createEndpoint(
      t.db,
      key,
      other,
      { url: `${receiver.origin}/other`, events: [] },
      new Date(),
    );
    expect(all.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    await t.db.transaction().execute((trx) => ingestOrder(trx, ws, order('1', { codes: ['ana10'] })));
    await t.db.transaction().execute((trx) =>
      ingestOrder(
        trx,
        ws,
        order('1', {
          codes: ['ana10'],
          refunds: [{ externalId: 'r1', amountMinor: 2_500, refundedAt: '2026-03-12T00:00:00Z' }],
        }),
      ),
    );
    await setDealStatus(
      t.db,
      ws,
      campaignId,
      setDealSchema.parse({ creator: 'instagram:ana', status: 'agreed', fee_minor: 30_000 }),
    );
    await setStage(t.db, { workspaceId: ws, userId: null }, creatorIds[0]!, 'contacted');
    // A post without the disclosure or the brand's handle: posted, and it fails its deliverable's rules.
    const enrollment = await t.db
      .selectFrom('enrollments')
      .select('id')
      .where('workspace_id', '=', ws)
      .executeTakeFirstOrThrow();
    const terms = dealTermsSchema.parse({
      deliverables: [{ type: 'reel', due_on: '2030-06-30', brand_handles: ['@solea'] }],
    });
    await saveDealTerms(t.db, ws, Number(enrollment.id), terms, new Date().toISOString());
    await addContentPost(
      t.db,
      ws,
      { campaignId, enrollmentId: Number(enrollment.id) },
      contentPostInputSchema.parse({
        url: 'https://www.instagram.com/reel/abc/',
        caption: 'My summer',
        posted_at: new Date().toISOString(),
        kind: 'post',
      }),
      'brand',
    );
    // payout.paid is emitted by marking a payout line paid (checked in test/http/payouts-flow.test.ts).
    await emitEvent(t.db, ws, 'payout.paid', { payout_id: 7, amount_minor: 1_000, currency: 'GBP' }, new Date());

    const summary = await deliverAll();
    expect(summary.failed + summary.retried).toBe(0);
    const at = (path: string) => receiver.received.filter((m) => m.path === path);
    const types = at('/all').map((m) => verify(all.secret, m).type);
    expect(types).toEqual([
      'order.attributed',
      'order.refunded',
      'deal.updated',
      'relationship.stage_changed',
      'content.posted',
      'content.rule_failed',
      'payout.paid',
    ]);
    expect(at('/deals').map((m) => verify(deals.secret, m).type)).toEqual(['deal.updated']);
    expect(at('/other')).toEqual([]);
    void stranger;
    const attributed = verify(all.secret, at('/all')[0]!);
    expect(attributed.data).toMatchObject({ rule: 'discount_code', campaign_id: campaignId, subtotal_minor: 10_000 });
    expect(verify(all.secret, at('/all')[1]!).data).toMatchObject({
      refund: { external_id: 'r1', amount_minor: 2_500 },
    });
    // A signature made with another secret fails verification: the check can fail.
    expect(() => verify(deals.secret, at('/all')[0]!)).toThrow(/No matching signature/);
    // Repeating the same changes emits nothing new.
    await t.db.transaction().execute((trx) => ingestOrder(trx, ws, order('1', { codes: ['ana10'] })));
    await setStage(t.db, { workspaceId: ws, userId: null }, creatorIds[0]!, 'contacted');
    await deliverAll();
    expect(at('/all')).toHaveLength(7);
  });

  it('signs with both secrets during a rotation, and sends a test event to one endpoint', async () => {
    const ep = await createEndpoint(t.db, key, ws, { url: `${receiver.origin}/a`, events: [] }, new Date());
    const rotated = await rotateEndpointSecret(t.db, key, ws, ep.id, new Date());
    await sendTestEvent(t.db, ws, ep.id, new Date());
    await deliverAll();
    const m = receiver.received[0]!;
    expect(String(m.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verify(ep.secret, m).type).toBe('webhook.test');
    expect(verify(rotated.secret, m).type).toBe('webhook.test');
    // After the overlap only the new secret signs.
    await sendTestEvent(t.db, ws, ep.id, new Date());
    await runDueJobs(t.db, [webhookDeliverHandler({ key: () => key })], { now: new Date(Date.now() + 25 * 3_600_000) });
    const late = receiver.received[1]!;
    expect(String(late.headers['webhook-signature']).split(' ')).toHaveLength(1);
  });

  it('records no event that no endpoint wants; a test event to a disabled endpoint is refused', async () => {
    const deals = await createEndpoint(
      t.db,
      key,
      ws,
      { url: `${receiver.origin}/deals`, events: ['deal.updated'] },
      new Date(),
    );
    await t.db.transaction().execute((trx) => ingestOrder(trx, ws, order('1', { codes: ['ana10'] })));
    expect(await t.db.selectFrom('webhook_events').select('type').execute()).toEqual([]);
    await t.db.updateTable('webhook_endpoints').set({ disabled_at: new Date().toISOString() }).execute();
    await expect(sendTestEvent(t.db, ws, deals.id, new Date())).rejects.toMatchObject({ code: 'conflict' });
  });

  it('retries with backoff for 3 days, then gives up and disables the endpoint; replay sends the same message again', async () => {
    const ep = await createEndpoint(t.db, key, ws, { url: `${receiver.origin}/flaky`, events: [] }, new Date());
    answer = 500;
    const start = Date.now();
    await emitEvent(t.db, ws, 'deal.updated', { x: 1 }, new Date(start));
    const attempts = webhookMaxAttempts();
    let now = start;
    for (let i = 0; i < attempts + 2; i++) {
      await deliverAll(new Date(now));
      now += 13 * 3_600_000;
    }
    expect(receiver.received).toHaveLength(attempts);
    const gaps = receiver.received.map((m) => Number(m.headers['webhook-timestamp']));
    expect(gaps.at(-1)! - gaps[0]!).toBeGreaterThanOrEqual(3 * 24 * 3_600 - 13 * 3_600);
    const send = await t.db.selectFrom('webhook_sends').selectAll().executeTakeFirstOrThrow();
    expect(send).toMatchObject({
      status: 'failed',
      attempts,
      last_status_code: 500,
      last_error: 'the endpoint answered 500',
    });
    const endpoint = await t.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('id', '=', ep.id)
      .executeTakeFirstOrThrow();
    expect(endpoint.disabled_reason).toMatch(/disabled after failing for 3 days/);
    // Disabled: new events are not sent to it.
    await emitEvent(t.db, ws, 'deal.updated', { x: 2 }, new Date());
    expect(await t.db.selectFrom('webhook_sends').select('id').execute()).toHaveLength(1);
    // Re-enabled and replayed: the same webhook-id arrives again, verified.
    await t.db.updateTable('webhook_endpoints').set({ disabled_at: null }).execute();
    answer = 200;
    await replaySend(t.db, ws, Number(send.id), new Date());
    await deliverAll();
    const replayed = receiver.received.at(-1)!;
    expect(replayed.headers['webhook-id']).toBe(receiver.received[0]!.headers['webhook-id']);
    expect(verify(ep.secret, replayed).type).toBe('deal.updated');
    await expect(replaySend(t.db, other, Number(send.id), new Date())).rejects.toThrow(/not found/);
  });
});
