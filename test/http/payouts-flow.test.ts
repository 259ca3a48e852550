// Payments end to end through the app (issue 15): two creators, orders and a refund delivered by signed
// Shopify webhooks, the hold period passed on the app's injected clock, a payout batch prepared by the
// finance role, reviewed, exported to the three payment files and marked paid; the ledger and the campaign
// report agree to the minor unit. A member cannot pay; another workspace sees none of it.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import {
  connectShopify,
  quietRuntime,
  shopifyHeaders,
  shopifyOrder,
  shopifyRefund,
  testConfig,
} from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { jsonBody } from '../support/json-body.ts';
import { hasTestData } from '../support/test-data.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const DAY = 86_400_000;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/payouts/${name}`, import.meta.url), 'utf8');

describe.runIf(hasTestData).each(testDialects)('payouts end to end on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let runtime: Runtime;
  let clock: number;
  const tokens: Record<'owner' | 'finance' | 'member' | 'stranger', string> = {} as never;
  const api = (
    path: string,
    init: { method?: string; body?: unknown; as?: keyof typeof tokens; headers?: Record<string, string> } = {},
  ) =>
    app.request(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        authorization: `Bearer ${tokens[init.as ?? 'finance']}`,
        'content-type': 'application/json',
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  const deliver = (payload: unknown, topic: string, id: string) => {
    const body = JSON.stringify(payload);
    return app.request('/webhooks/shopify/acme', { method: 'POST', headers: shopifyHeaders(body, topic, id), body });
  };

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const acme = await ensureWorkspace(t.db, 'acme', { currency: 'HKD' });
    await ensureWorkspace(t.db, 'other');
    await setAllowedDomains(t.db, acme.id, ['shop.example']);
    for (const [role, email, ws] of [
      ['owner', 'owner@acme.test', 'acme'],
      ['finance', 'fin@acme.test', 'acme'],
      ['member', 'bo@acme.test', 'acme'],
      ['stranger', 'eve@other.test', 'other'],
    ] as const) {
      const user = await createUser(t.db, {
        email,
        password: 'correct horse battery',
        workspace: ws,
        role: role === 'stranger' ? 'owner' : role,
      });
      tokens[role] = (await createApiToken(t.db, user.workspaceId, role, { userId: user.userId })).token;
    }
    await storeCreators(t.db, acme.id, [
      creatorRecord(
        { displayName: 'Ana Anklets', email: 'ana@example.com' },
        { handle: 'ana.anklets', followers: 31_000 },
      ),
      creatorRecord({ displayName: 'Ben Beads' }, { handle: 'ben.beads', followers: 45_000 }),
    ]);
    await connectShopify(t.db, acme.id);
    runtime = quietRuntime(t.db);
    clock = Date.now();
    app = createApp({ db: t.db, config: testConfig(), runtime, clock: () => new Date(clock).toISOString() });
  });
  afterEach(async () => {
    await runtime.close();
    await t.close();
  });

  it('prepares, reviews, exports and pays a batch; ledger and report agree; roles and tenancy hold', async () => {
    const campaign = await jsonBody(
      await api('/api/v1/campaigns', {
        as: 'owner',
        body: { name: 'Spring anklets', destination_url: 'https://shop.example/anklets', hold_days: 14 },
      }),
    );
    expect(campaign.hold_days).toBe(14);
    // An endpoint that wants payout.paid: events are recorded only for a workspace with a subscriber.
    const endpoint = await api('/api/v1/webhook-endpoints', {
      as: 'owner',
      body: { url: 'https://hooks.acme.test/payouts', events: ['payout.paid'] },
    });
    expect(endpoint.status).toBe(201);
    const enroll = async (creator: string, code: string, commission_bps: number) =>
      (
        await jsonBody(
          await api(`/api/v1/campaigns/${campaign.id}/creators`, {
            as: 'owner',
            body: { creator, code, commission_bps },
          }),
        )
      ).creator_id as number;
    const ana = await enroll('instagram:ana.anklets', '0124C', 1000);
    const ben = await enroll('instagram:ben.beads', 'Alan Test 0123B', 1250);

    // Orders a minute from now (after the enrollments), and a refund of 100.00 on Ana's.
    const placed = new Date(clock + 60_000).toISOString();
    const byAna = shopifyOrder('dis3', { created_at: placed }); // 0124C, subtotal 284.00 HKD
    const byBen = shopifyOrder('dis', { created_at: placed }); // ALAN TEST 0123B, subtotal 374.00 HKD
    expect((await deliver(byAna, 'orders/create', 'w-a')).status).toBe(200);
    expect((await deliver(byBen, 'orders/create', 'w-b')).status).toBe(200);
    expect((await deliver(shopifyRefund(byAna.id, 700, '100.00', placed), 'refunds/create', 'w-r')).status).toBe(200);
    const anaDue = 1840; // (28,400 − 10,000) × 10 %
    const benDue = 4675; // 37,400 × 12.5 %

    // Still in the hold: the statement shows it pending, and a batch has nothing to pay.
    clock += 2 * 60_000;
    const early = await jsonBody(await api(`/api/v1/creators/${ana}/statement`));
    expect(early.balances).toEqual([
      expect.objectContaining({ currency: 'HKD', payable_minor: 0, pending_minor: anaDue }),
    ]);
    expect(
      early.lines.map((l: { kind: string; amount_minor: number; payable: boolean }) => [
        l.kind,
        l.amount_minor,
        l.payable,
      ]),
    ).toEqual([
      ['accrual', 2840, false],
      ['reversal', -1000, false],
    ]);
    expect((await jsonBody(await api('/api/v1/payouts/batches', { body: {} }))).lines).toEqual([]);

    // 15 days later the hold (14 days) has passed.
    clock += 15 * DAY;
    const prepared = await api('/api/v1/payouts/batches', { body: {} });
    expect(prepared.status).toBe(201);
    const batch = await jsonBody(prepared);
    expect(
      batch.lines.map((l: { creator: { id: number }; amount_minor: number; currency: string }) => [
        l.creator.id,
        l.amount_minor,
        l.currency,
      ]),
    ).toEqual([
      [ana, anaDue, 'HKD'],
      [ben, benDue, 'HKD'],
    ]);
    // A second batch proposes nothing while the first holds those amounts.
    expect((await jsonBody(await api('/api/v1/payouts/batches', { body: {} }))).lines).toEqual([]);

    // Roles: a member can neither read the ledger nor pay; tenancy: another workspace sees nothing.
    expect(
      (await api(`/api/v1/payouts/batches/${batch.id}/paid`, { as: 'member', body: { via: 'paypal-csv' } })).status,
    ).toBe(403);
    expect((await api(`/api/v1/creators/${ana}/statement`, { as: 'member' })).status).toBe(403);
    expect((await api(`/api/v1/payouts/batches/${batch.id}`, { as: 'stranger' })).status).toBe(404);
    expect(
      (await api(`/api/v1/payouts/batches/${batch.id}/paid`, { as: 'stranger', body: { via: 'paypal-csv' } })).status,
    ).toBe(404);
    expect(
      (await api(`/api/v1/payouts/lines/${batch.lines[0].id}/exclude`, { as: 'stranger', body: { reason: 'x' } }))
        .status,
    ).toBe(404);
    expect((await api(`/api/v1/creators/${ana}/statement`, { as: 'stranger' })).status).toBe(404);
    expect((await api(`/api/v1/creators/${ana}/payout-details`, { as: 'stranger' })).status).toBe(404);
    expect(
      (
        await api(`/api/v1/creators/${ana}/adjustments`, {
          as: 'stranger',
          body: { amount_minor: 100, currency: 'HKD', reason: 'x' },
        })
      ).status,
    ).toBe(404);

    // Without payout details the export names who lacks what.
    const missing = await api(`/api/v1/payouts/batches/${batch.id}/export.csv?format=paypal-csv`);
    expect(missing.status).toBe(400);
    expect((await jsonBody(missing)).error.details.map((d: { path: string }) => d.path)).toEqual([
      `creator ${ana} (Ana Anklets)`,
      `creator ${ben} (Ben Beads)`,
    ]);
    const details = await api(`/api/v1/creators/${ana}/payout-details`, {
      body: {
        method: 'paypal',
        account_holder_name: 'Ana Anklets',
        email: 'ana@example.com',
        paypal_email: 'ana.pay@example.com',
        iban: 'GB33 BUKB 2020 1555 5555 55',
        bic: 'BUKBGB22',
        tax_form: {
          form: 'W-8BEN',
          name: 'Ana Anklets',
          country_of_citizenship: 'GB',
          permanent_address: '1 High St',
          city_postal_country: 'London N1 1AA GB',
          date_of_birth: '1995-04-01',
          foreign_tin: 'AB123456C',
        },
      },
    });
    expect(details.status).toBe(200);
    expect((await jsonBody(details)).details).toMatchObject({
      iban: '••••5555',
      tax_form: { foreign_tin: '••••456C' },
    });
    const bad = await api(`/api/v1/creators/${ben}/payout-details`, {
      body: { method: 'bank', account_holder_name: 'Ben', iban: 'nope' },
    });
    expect(bad.status).toBe(400);
    expect((await jsonBody(bad)).error.details[0].path).toBe('iban');
    await api(`/api/v1/creators/${ben}/payout-details`, {
      body: {
        method: 'bank',
        account_holder_name: 'Ben Beads, Ltd',
        email: 'ben@example.com',
        paypal_email: 'ben@example.com',
        account_number: '000123456789',
        routing_number: '021000021',
        bank_country: 'US',
        tax_form: {
          form: 'W-9',
          legal_name: 'Ben Beads',
          tax_classification: 'individual',
          tin_type: 'SSN',
          tin: '123-45-6789',
          address: '2 Main St',
          city_state_zip: 'Austin, TX 78701',
        },
      },
    });
    // Sealed at rest: the stored row holds no plaintext identifier.
    const stored = await t.db.selectFrom('creator_payout_details').select('sealed').execute();
    expect(stored.map((r) => r.sealed).join(' ')).not.toMatch(/GB33|123-45-6789|ana\.pay/);

    // Review: exclude Ben with a reason, then include him again.
    const benLine = batch.lines[1].id;
    const excluded = await jsonBody(
      await api(`/api/v1/payouts/lines/${benLine}/exclude`, { body: { reason: 'awaiting W-9' } }),
    );
    expect(excluded.lines[1]).toMatchObject({ status: 'excluded', excluded_reason: 'awaiting W-9' });
    expect(excluded.totals).toEqual([{ currency: 'HKD', amount_minor: anaDue, lines: 1 }]);
    await api(`/api/v1/payouts/lines/${benLine}/include`, { method: 'POST' });

    for (const format of ['paypal-csv', 'wise-csv', 'bank-csv'] as const) {
      const res = await api(`/api/v1/payouts/batches/${batch.id}/export.csv?format=${format}`);
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(await res.text(), format).toBe(
        fixture(`${format}.csv`)
          .replaceAll('{A}', String(batch.lines[0].id))
          .replaceAll('{B}', String(benLine))
          .replaceAll('{BATCH}', String(batch.id)),
      );
    }

    // Paid once: a repeat pays nothing more.
    const paid = await jsonBody(await api(`/api/v1/payouts/batches/${batch.id}/paid`, { body: { via: 'paypal-csv' } }));
    expect(paid.paid_line_ids).toEqual([batch.lines[0].id, benLine]);
    expect(paid.batch.status).toBe('paid');
    const again = await jsonBody(
      await api(`/api/v1/payouts/batches/${batch.id}/paid`, { body: { via: 'paypal-csv' } }),
    );
    expect(again.paid_line_ids).toEqual([]);
    // Each line paid once is one `payout.paid` event for the workspace's webhook endpoints.
    const events = await t.db.selectFrom('webhook_events').select('body').where('type', '=', 'payout.paid').execute();
    expect(events.map((e) => JSON.parse(e.body).data.line_id)).toEqual([batch.lines[0].id, benLine]);

    // Ledger = report, to the minor unit; every transaction balances.
    const report = await jsonBody(await api(`/api/v1/campaigns/${campaign.id}/report`));
    for (const [id, due] of [
      [ana, anaDue],
      [ben, benDue],
    ] as const) {
      const st = await jsonBody(await api(`/api/v1/creators/${id}/statement?campaign=${campaign.id}`));
      const commission = st.lines
        .filter((l: { kind: string }) => l.kind === 'accrual' || l.kind === 'reversal')
        .reduce((s: number, l: { amount_minor: number }) => s + l.amount_minor, 0);
      expect(commission).toBe(due);
      expect(report.creators.find((c: { creator: { id: number } }) => c.creator.id === id).spend.commission_minor).toBe(
        commission,
      );
      const all = await jsonBody(await api(`/api/v1/creators/${id}/statement`));
      expect(all.balances[0]).toMatchObject({ payable_minor: 0, paid_minor: due });
    }
    const unbalanced =
      await sql`select transaction_id from ledger_postings group by transaction_id having sum(amount_minor) <> 0`.execute(
        t.db,
      );
    expect(unbalanced.rows).toEqual([]);

    // The bank returns Ana's payment: back to payable with its reason, and the next batch proposes it.
    const failed = await jsonBody(
      await api(`/api/v1/payouts/lines/${batch.lines[0].id}/fail`, { body: { reason: 'account closed' } }),
    );
    expect(failed.lines[0]).toMatchObject({ status: 'failed', failure_reason: 'account closed' });
    const back = await jsonBody(await api(`/api/v1/creators/${ana}/statement`));
    expect(back.balances[0].payable_minor).toBe(anaDue);
    expect(back.lines.at(-1)).toMatchObject({
      kind: 'payout_return',
      reason: expect.stringContaining('account closed'),
    });
    const next = await jsonBody(await api('/api/v1/payouts/batches', { body: { minimum_minor: 100 } }));
    expect(
      next.lines.map((l: { creator: { id: number }; amount_minor: number }) => [l.creator.id, l.amount_minor]),
    ).toEqual([[ana, anaDue]]);

    // An adjustment retried with the same Idempotency-Key is booked once.
    const adjust = () =>
      api(`/api/v1/creators/${ben}/adjustments`, {
        body: { amount_minor: -500, currency: 'HKD', reason: 'sample not returned' },
        headers: { 'idempotency-key': 'adj-1' },
      });
    expect((await adjust()).status).toBe(201);
    expect(await jsonBody(await adjust())).toMatchObject({ repeated: true });
    const benAfter = await jsonBody(await api(`/api/v1/creators/${ben}/statement`));
    expect(benAfter.balances[0]).toMatchObject({ payable_minor: -500, adjustments_minor: -500 });
    expect(
      (
        await api(`/api/v1/creators/${ben}/adjustments`, {
          as: 'member',
          body: { amount_minor: 1, currency: 'HKD', reason: 'x' },
        })
      ).status,
    ).toBe(403);
  }, 60_000);
});
