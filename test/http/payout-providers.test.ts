// Paying a batch by API against local Stripe and PayPal stand-ins that refuse malformed requests: a retry
// after a timeout never pays twice (idempotency keys / sender_batch_id), provider webhooks settle lines
// (signature verified), and a failed line returns to payable with the provider's reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signStripePayload } from '../../src/connectors/payouts/stripe/verify-stripe-signature.ts';
import { createApp } from '../../src/http/app.ts';
import { creatorStatement } from '../../src/services/ledger/creator-statement.ts';
import { ingestOrder } from '../../src/services/orders/ingest-order.ts';
import { getPayoutBatch } from '../../src/services/payouts/get-payout-batch.ts';
import { savePayoutDetails } from '../../src/services/payouts/payout-details-store.ts';
import { preparePayoutBatch } from '../../src/services/payouts/prepare-payout-batch.ts';
import { sendPayoutBatch } from '../../src/services/payouts/send-payout-batch.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { quietRuntime, TEST_SECRET_KEY, testConfig } from '../support/commerce.ts';
import { jsonBody } from '../support/json-body.ts';
import { ledgerOrder, ledgerWorld, type LedgerWorld } from '../support/ledger-world.ts';
import {
  type FakePayPal,
  type FakeStripe,
  PAYPAL_CLIENT,
  STRIPE_KEY,
  startFakePayPal,
  startFakeStripe,
} from '../support/payout-provider-servers.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const WHSEC = 'whsec_test_secret';
const key = Buffer.from(TEST_SECRET_KEY, 'hex');

describe.each(testDialects)('payout providers on %s', (dialect) => {
  let t: TestDatabase;
  let w: LedgerWorld;
  let stripe: FakeStripe;
  let paypal: FakePayPal;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  let config: ReturnType<typeof testConfig>;
  const who = () => ({ workspaceId: w.workspaceId, userId: null });
  const now = () => new Date().toISOString();
  const payable = async (c: { creatorId: number }) =>
    (await creatorStatement(t.db, w.workspaceId, c.creatorId)).balances[0]?.payableMinor;
  const payouts = async () =>
    (await t.db.selectFrom('ledger_transactions').select('kind').where('kind', '=', 'payout').execute()).length;

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    w = await ledgerWorld(t.db);
    stripe = await startFakeStripe();
    paypal = await startFakePayPal();
    config = testConfig({
      STRIPE_API_URL: stripe.origin,
      STRIPE_SECRET_KEY: STRIPE_KEY,
      STRIPE_WEBHOOK_SECRET: WHSEC,
      PAYPAL_API_URL: paypal.origin,
      PAYPAL_CLIENT_ID: PAYPAL_CLIENT.id,
      PAYPAL_CLIENT_SECRET: PAYPAL_CLIENT.secret,
      PAYPAL_WEBHOOK_ID: PAYPAL_CLIENT.webhookId,
    });
    runtime = quietRuntime(t.db, config);
    app = createApp({ db: t.db, config, runtime });
    // Orders 40 days old: past the 30-day hold. Ana 10 % of 150.00 = 15.00; Ben 12.5 % of 80.00 = 10.00.
    const placed = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await t.db.updateTable('enrollments').set({ created_at: placed }).execute();
    await t.db.updateTable('discount_codes').set({ created_at: placed }).execute();
    await ingestOrder(
      t.db,
      w.workspaceId,
      ledgerOrder('1', w.ana.code, { placedAt: placed, subtotalMinor: 15_000 }),
      placed,
    );
    await ingestOrder(
      t.db,
      w.workspaceId,
      ledgerOrder('2', w.ben.code, { placedAt: placed, subtotalMinor: 8_000 }),
      placed,
    );
    for (const [c, acct, email] of [
      [w.ana, 'acct_1AnaTEST', 'ana.pay@example.com'],
      [w.ben, 'acct_1BenTEST', 'ben.pay@example.com'],
    ] as const)
      await savePayoutDetails(
        t.db,
        key,
        who(),
        c.creatorId,
        { method: 'stripe', account_holder_name: 'x', stripe_account_id: acct, paypal_email: email },
        placed,
      );
  });
  afterEach(async () => {
    await runtime.close();
    await stripe.close();
    await paypal.close();
    await t.close();
  });

  const prepare = async () => (await preparePayoutBatch(t.db, who(), {}, now())).batchId;
  const stripeHook = (event: unknown, secret = WHSEC, at = Math.floor(Date.now() / 1000)) => {
    const body = JSON.stringify(event);
    return app.request('/payout-webhooks/stripe', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'stripe-signature': `t=${at},v1=${signStripePayload(secret, at, body)}`,
      },
    });
  };
  const transferEvent = (type: string, transferId: string, lineId: number) => ({
    id: `evt_${type}_${lineId}`,
    object: 'event',
    type,
    data: {
      object: {
        id: transferId,
        object: 'transfer',
        amount: 1,
        amount_reversed: 0,
        reversed: type === 'transfer.reversed',
        metadata: { payout_line_id: String(lineId) },
      },
    },
  });

  it('Stripe: a retry after a timeout pays once; webhooks settle and reverse lines', async () => {
    const batchId = await prepare();
    // Ana's answer is held past the client's deadline: Stripe made the transfer, microreach does not know.
    stripe.holdNext(1, 800);
    const first = await sendPayoutBatch(t.db, { config, key, timeoutMs: 300 }, who(), batchId, 'stripe', now());
    expect(first.pending.map((p) => p.lineId)).toHaveLength(1);
    expect(first.paidLines).toHaveLength(1);
    expect(stripe.transfers).toHaveLength(2);
    expect(await payouts()).toBe(1);
    const [anaLine, benLine] = (await getPayoutBatch(t.db, w.workspaceId, batchId)).lines;
    expect(anaLine).toMatchObject({ creatorId: w.ana.creatorId, status: 'processing', provider: 'stripe' });
    expect(await payable(w.ana)).toBe(1500); // held by its processing line, not paid yet
    expect((await preparePayoutBatch(t.db, who(), {}, now())).batchId).toBeGreaterThan(batchId);
    // Retry: the same Idempotency-Key returns the same transfer; nothing is paid twice.
    const retry = await sendPayoutBatch(t.db, { config, key }, who(), batchId, 'stripe', now());
    expect(retry.paidLines.map((l) => [l.id, l.providerRef])).toEqual([[anaLine!.id, stripe.transfers[0]!.id]]);
    expect(stripe.transfers).toHaveLength(2);
    expect(stripe.transfers.map((x) => [x.amount, x.currency, x.destination, x.key])).toEqual([
      [1500, 'gbp', 'acct_1AnaTEST', `microreach-payout-line-${anaLine!.id}`],
      [1000, 'gbp', 'acct_1BenTEST', `microreach-payout-line-${benLine!.id}`],
    ]);
    expect(await payouts()).toBe(2);
    expect(await payable(w.ana)).toBe(0);

    // transfer.created redelivered changes nothing; a bad or stale signature is refused.
    const created = transferEvent('transfer.created', stripe.transfers[0]!.id, anaLine!.id);
    expect(await jsonBody(await stripeHook(created))).toEqual({ ok: true, outcome: 'paid' });
    expect(await payouts()).toBe(2);
    expect((await stripeHook(created, 'whsec_wrong')).status).toBe(401);
    expect((await stripeHook(created, WHSEC, Math.floor(Date.now() / 1000) - 3600)).status).toBe(401);
    // transfer.reversed: Ben's money is back to payable with the reason.
    const reversed = transferEvent('transfer.reversed', stripe.transfers[1]!.id, benLine!.id);
    expect(await jsonBody(await stripeHook(reversed))).toEqual({ ok: true, outcome: 'failed' });
    expect(await jsonBody(await stripeHook(reversed))).toEqual({ ok: true, outcome: 'failed' });
    expect(await payable(w.ben)).toBe(1000);
    const ben = (await getPayoutBatch(t.db, w.workspaceId, batchId)).lines[1];
    expect(ben).toMatchObject({ status: 'failed', failureReason: expect.stringContaining('reversed') });
  });

  it('Stripe: the stand-in refuses malformed transfers, and a refused line fails with Stripe’s reason', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${stripe.origin}/v1/transfers`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${STRIPE_KEY}`,
          'content-type': 'application/x-www-form-urlencoded',
          'idempotency-key': 'k',
          ...headers,
        },
        body,
      });
    expect((await post('amount=10&currency=GBP&destination=acct_1')).status).toBe(400);
    expect((await post('amount=-1&currency=gbp&destination=acct_1')).status).toBe(400);
    expect((await post('amount=10&currency=gbp&destination=bob')).status).toBe(400);
    expect((await post('amount=10&currency=gbp&destination=acct_1', { authorization: 'Bearer nope' })).status).toBe(
      401,
    );
    // Stripe refuses Ana's transfer (balance too low): her line fails with Stripe's reason, stays payable.
    stripe.setBalance(1200);
    const batchId = await prepare();
    const sent = await sendPayoutBatch(t.db, { config, key }, who(), batchId, 'stripe', now());
    expect(sent.failed.map((f) => f.reason)).toEqual([
      'Stripe: 400 You have insufficient available funds in your Stripe account.',
    ]);
    expect(sent.paidLines.map((l) => l.creatorId)).toEqual([w.ben.creatorId]);
    expect(await payable(w.ana)).toBe(1500);
    expect(await payable(w.ben)).toBe(0);
    // Missing details are refused before anything is sent, naming the creator.
    await t.db.deleteFrom('creator_payout_details').where('creator_id', '=', w.ana.creatorId).execute();
    const next = await prepare();
    await expect(sendPayoutBatch(t.db, { config, key }, who(), next, 'stripe', now())).rejects.toThrow(
      /Cannot send batch/,
    );
    expect(stripe.transfers).toHaveLength(1);
  });

  it('PayPal: one payout per currency, a retry is accepted once, item webhooks pay or fail lines', async () => {
    const batchId = await prepare();
    paypal.holdNext(1, 800);
    const first = await sendPayoutBatch(t.db, { config, key, timeoutMs: 300 }, who(), batchId, 'paypal', now());
    expect(first.pending).toHaveLength(2);
    expect(paypal.payouts).toHaveLength(1);
    const retry = await sendPayoutBatch(t.db, { config, key }, who(), batchId, 'paypal', now());
    expect(retry.failed).toEqual([]);
    expect(paypal.payouts).toHaveLength(1);
    expect(paypal.payouts[0]).toMatchObject({
      senderBatchId: `microreach-${batchId}-GBP`,
      items: [
        { receiver: 'ana.pay@example.com', value: '15.00', currency: 'GBP' },
        { receiver: 'ben.pay@example.com', value: '10.00', currency: 'GBP' },
      ],
    });
    expect(await payouts()).toBe(0);
    const [anaLine, benLine] = (await getPayoutBatch(t.db, w.workspaceId, batchId)).lines;
    const hook = (event: unknown, sig = PAYPAL_CLIENT.goodSig) =>
      app.request('/payout-webhooks/paypal', {
        method: 'POST',
        body: JSON.stringify(event),
        headers: {
          'content-type': 'application/json',
          'paypal-auth-algo': 'SHA256withRSA',
          'paypal-cert-url': 'https://api.paypal.com/v1/notifications/certs/CERT-360caa42',
          'paypal-transmission-id': 'tx-1',
          'paypal-transmission-sig': sig,
          'paypal-transmission-time': new Date().toISOString(),
        },
      });
    const item = (type: string, lineId: number, errors?: { name: string; message: string }) => ({
      id: `WH-${type}-${lineId}`,
      event_type: `PAYMENT.PAYOUTS-ITEM.${type}`,
      resource: {
        payout_item_id: `ITEM${lineId}`,
        transaction_status: type === 'SUCCEEDED' ? 'SUCCESS' : type,
        payout_batch_id: 'PB1TEST',
        payout_item: {
          sender_item_id: `microreach-line-${lineId}`,
          receiver: 'x@example.com',
          amount: { value: '1.00', currency: 'GBP' },
        },
        ...(errors ? { errors } : {}),
      },
    });
    expect((await hook(item('SUCCEEDED', anaLine!.id), 'forged')).status).toBe(401);
    expect(await jsonBody(await hook(item('SUCCEEDED', anaLine!.id)))).toEqual({ ok: true, outcome: 'paid' });
    expect(await jsonBody(await hook(item('SUCCEEDED', anaLine!.id)))).toEqual({ ok: true, outcome: 'paid' });
    expect(await payouts()).toBe(1);
    expect(await payable(w.ana)).toBe(0);
    const failed = item('FAILED', benLine!.id, { name: 'RECEIVER_UNREGISTERED', message: 'Receiver is unregistered' });
    expect(await jsonBody(await hook(failed))).toEqual({ ok: true, outcome: 'failed' });
    expect(await payable(w.ben)).toBe(1000);
    expect((await getPayoutBatch(t.db, w.workspaceId, batchId)).lines[1]).toMatchObject({
      status: 'failed',
      failureReason: 'PayPal failed: Receiver is unregistered',
    });
    // Ben's money is payable again: the next batch proposes it.
    const next = await getPayoutBatch(t.db, w.workspaceId, await prepare());
    expect(next.lines.map((l) => [l.creatorId, l.amountMinor])).toEqual([[w.ben.creatorId, 1000]]);
  });
});
