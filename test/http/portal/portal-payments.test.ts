// The creator's side of payments in the portal, through the app, on SQLite and Postgres: her statement for the
// campaign shows the ledger's figures (the same the finance role reads from the API), and the payout details and tax
// form she gives are validated by the API's schema, stored sealed, shown masked to her and to finance, and never
// written in full into any page. A tampered link and a cross-origin form are refused; another workspace sees nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/http/app.ts';
import { formatMoney } from '../../../src/http/pages/portal-format.ts';
import { createApiToken } from '../../../src/services/access/create-api-token.ts';
import { createUser } from '../../../src/services/access/create-user.ts';
import { insertLedgerEntry } from '../../../src/storage/ledger/insert-ledger-entry.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { testConfig } from '../../support/commerce.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2030-06-15T12:00:00Z');
const IBAN = 'DE89370400440532013000';
const TIN = '123-45-6789';

const BANK = {
  method: 'bank',
  account_holder_name: 'Ana Lima',
  iban: 'de89 3704 0044 0532 0130 00',
  bic: 'cobadeffxxx',
  bank_country: 'de',
};
const W9 = {
  tax_form: 'W-9',
  legal_name: 'Ana Lima',
  tax_classification: 'individual',
  tin_type: 'SSN',
  tin: TIN,
  address: '1 Main St',
  city_state_zip: 'Austin, TX 78701',
};

describe.each(testDialects)('portal payments on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<'owner' | 'finance' | 'stranger', string> = {} as never;
  let acmeId: number;
  let campaignId: number;
  let creatorId: number;
  let portal: string;
  const api = (path: string, body?: unknown, as: keyof typeof tokens = 'finance') =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${tokens[as]}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const form = (path: string, fields: Record<string, string>, origin = 'http://localhost') =>
    app.request(path, {
      method: 'POST',
      headers: { host: 'localhost', origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  const page = async (path = portal) => {
    const res = await app.request(path, { headers: { host: 'localhost', 'accept-language': 'en-US' } });
    return { status: res.status, html: await res.text() };
  };
  const financeView = async () =>
    (await (await api(`/api/v1/creators/${creatorId}/payout-details`)).json()) as {
      details: Record<string, unknown> | null;
    };

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const acme = await ensureWorkspace(t.db, 'acme', { currency: 'EUR' });
    acmeId = acme.id;
    await ensureWorkspace(t.db, 'other');
    await setAllowedDomains(t.db, acme.id, ['shop.example']);
    for (const [role, email, ws] of [
      ['owner', 'owner@acme.test', 'acme'],
      ['finance', 'fin@acme.test', 'acme'],
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
      creatorRecord({ displayName: 'Ana' }, { handle: 'ana.anklets', followers: 31_000 }),
    ]);
    app = createApp({ db: t.db, config: testConfig(), clock: () => new Date(NOW).toISOString() });
    const campaign = async (name: string) => {
      const res = await api('/api/v1/campaigns', { name, destination_url: 'https://shop.example/' }, 'owner');
      const id = ((await res.json()) as { id: number }).id;
      const enrolled = await api(
        `/api/v1/campaigns/${id}/creators`,
        { creator: 'instagram:ana.anklets', commission_bps: 1_000 },
        'owner',
      );
      expect(enrolled.status).toBe(201);
      return { id, creatorId: ((await enrolled.json()) as { creator_id: number }).creator_id };
    };
    ({ id: campaignId, creatorId } = await campaign('Summer'));
    const autumn = await campaign('Autumn');

    // Payable now: a fee-like adjustment on this campaign. In hold: an order's commission, payable in 10 days.
    // Not hers to see here: an adjustment on the other campaign.
    const adjust = (campaign: number, amount: number, reason: string) =>
      api(`/api/v1/creators/${creatorId}/adjustments`, {
        amount_minor: amount,
        currency: 'EUR',
        reason,
        campaign_id: campaign,
      });
    expect((await adjust(campaignId, 1_500, 'Bonus for the unboxing reel')).status).toBe(201);
    expect((await adjust(autumn.id, 9_900, 'Autumn bonus')).status).toBe(201);
    await insertLedgerEntry(
      t.db,
      acmeId,
      {
        key: 'test:accrual:1',
        kind: 'accrual',
        creatorId,
        currency: 'EUR',
        amountMinor: 2_840,
        reason: 'Order #1001 (10 % of EUR 284.00)',
        occurredAt: new Date(NOW - 20 * DAY).toISOString(),
        availableAt: new Date(NOW + 10 * DAY).toISOString(),
        campaignId,
        enrollmentId: null,
        orderId: null,
        payoutLineId: null,
      },
      { now: new Date(NOW).toISOString(), createdBy: null },
    );
    const link = await api(
      `/api/v1/campaigns/${campaignId}/portal-links`,
      { creator: 'instagram:ana.anklets' },
      'owner',
    );
    expect(link.status).toBe(201);
    portal = new URL(((await link.json()) as { url: string }).url).pathname;
  });
  afterEach(async () => t.close());

  it('shows her statement for this campaign with the figures the finance role reads', async () => {
    // A payout pays her balance with the brand, not one campaign: it carries no campaign.
    await insertLedgerEntry(
      t.db,
      acmeId,
      {
        key: 'test:payout:1',
        kind: 'payout',
        creatorId,
        currency: 'EUR',
        amountMinor: -1_200,
        reason: 'Payout batch 1, line 1 (bank transfer)',
        occurredAt: new Date(NOW - DAY).toISOString(),
        availableAt: new Date(NOW - DAY).toISOString(),
        campaignId: null,
        enrollmentId: null,
        orderId: null,
        payoutLineId: null,
      },
      { now: new Date(NOW).toISOString(), createdBy: null },
    );
    const statement = (await (await api(`/api/v1/creators/${creatorId}/statement?campaign=${campaignId}`)).json()) as {
      balances: { currency: string; payable_minor: number; pending_minor: number; paid_minor: number }[];
    };
    expect(statement.balances).toEqual([
      expect.objectContaining({ currency: 'EUR', payable_minor: 1_500, pending_minor: 2_840, paid_minor: 0 }),
    ]);
    const { status, html } = await page();
    expect(status).toBe(200);
    const section = html.slice(html.indexOf('id="statement"'), html.indexOf('id="statement-all"'));
    const b = statement.balances[0]!;
    expect(section).toContain(`<dt>Payable now</dt><dd>${formatMoney('en-US', b.payable_minor, 'EUR')}</dd>`);
    expect(section).toContain(`<dt>On hold</dt><dd>${formatMoney('en-US', b.pending_minor, 'EUR')}</dd>`);
    expect(section).toContain('€15.00');
    expect(section).toContain('€28.40');
    expect(section).toContain('Bonus for the unboxing reel');
    expect(section).toContain('Order #1001 (10 % of EUR 284.00)');
    expect(section).toContain('on hold until Jun 25, 2030');
    expect(section).not.toContain('Autumn bonus');
    expect(section).not.toContain('Payout batch 1');

    // Across campaigns: the brand's full statement for her, and the payment itself.
    const full = (await (await api(`/api/v1/creators/${creatorId}/statement`)).json()) as typeof statement;
    expect(full.balances).toEqual([
      expect.objectContaining({ currency: 'EUR', payable_minor: 10_200, pending_minor: 2_840, paid_minor: 1_200 }),
    ]);
    const all = html.slice(html.indexOf('id="statement-all"'), html.indexOf('id="payout"'));
    const f = full.balances[0]!;
    expect(all).toContain(`<dt>Payable now</dt><dd>${formatMoney('en-US', f.payable_minor, 'EUR')}</dd>`);
    expect(all).toContain(`<dt>On hold</dt><dd>${formatMoney('en-US', f.pending_minor, 'EUR')}</dd>`);
    expect(all).toContain(`<dt>Paid to you</dt><dd>${formatMoney('en-US', f.paid_minor, 'EUR')}</dd>`);
    expect(all).toContain('€102.00');
    expect(all).toContain('Paid to you: €12.00');
    expect(all).toContain('Payout batch 1, line 1 (bank transfer)');
    expect(all).not.toContain('Autumn bonus'); // the other campaign's entries stay in their own statement
  });

  it('saves her payout details sealed, shows them masked to her and to finance, never in full', async () => {
    expect((await financeView()).details).toBeNull();
    // The form's attributes are markup, not text: the browser enforces them.
    const blank = (await page()).html;
    expect(blank).toContain('<input id="pd-iban" name="iban" autocomplete="off" maxlength="42">');
    expect(blank).toContain('name="account_holder_name" autocomplete="name" required maxlength="200">');
    const saved = await form(`${portal}/payout-details`, { ...BANK, ...W9 });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(portal);

    const mine = await page(saved.headers.get('location')!);
    expect(mine.html).toContain('<dt>IBAN</dt><dd>••••3000</dd>');
    expect(mine.html).toContain('<dt>SSN</dt><dd>••••6789</dd>');
    expect(mine.html).toContain('COBADEFFXXX');
    for (const secret of [IBAN, '0532013000', TIN, '123456789']) expect(mine.html).not.toContain(secret);

    const finance = await financeView();
    expect(finance.details).toMatchObject({
      method: 'bank',
      account_holder_name: 'Ana Lima',
      iban: '••••3000',
      bic: 'COBADEFFXXX',
      bank_country: 'DE',
      tax_form: { form: 'W-9', tin: '••••6789', tax_classification: 'individual' },
    });
    expect((await api(`/api/v1/creators/${creatorId}/payout-details`, undefined, 'stranger')).status).toBe(404);

    const rows = await t.db.selectFrom('creator_payout_details').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(IBAN);
    expect(JSON.stringify(rows)).not.toContain(TIN);

    // Saving again replaces them: PayPal and a W-8BEN now.
    const again = await form(`${portal}/payout-details`, {
      method: 'paypal',
      account_holder_name: 'Ana Lima',
      paypal_email: 'ana@example.com',
      tax_form: 'W-8BEN',
      name: 'Ana Lima',
      country_of_citizenship: 'pt',
      permanent_address: 'Rua Augusta 1',
      city_postal_country: 'Lisboa 1100-048 Portugal',
      foreign_tin: 'PT123456789',
      date_of_birth: '1995-04-02',
    });
    expect(again.status).toBe(303);
    expect((await financeView()).details).toEqual({
      method: 'paypal',
      account_holder_name: 'Ana Lima',
      paypal_email: 'ana@example.com',
      tax_form: {
        form: 'W-8BEN',
        name: 'Ana Lima',
        country_of_citizenship: 'PT',
        permanent_address: 'Rua Augusta 1',
        city_postal_country: 'Lisboa 1100-048 Portugal',
        foreign_tin: '••••6789',
        date_of_birth: '1995-04-02',
      },
    });
    expect((await page()).html).not.toContain('PT123456789');
  });

  it('names the field at fault, keeps what was saved, and never echoes the numbers she typed', async () => {
    expect((await form(`${portal}/payout-details`, BANK)).status).toBe(303);
    const cases: [Record<string, string>, string][] = [
      [{ ...BANK, iban: 'DE00' }, 'iban: an IBAN'],
      [{ ...BANK, account_holder_name: '' }, 'account_holder_name'],
      [{ ...BANK, method: 'cash' }, 'method'],
      [{ ...BANK, ...W9, tin: '12' }, 'tax_form.tin: an SSN (123-45-6789) or EIN (12-3456789)'],
      [{ ...BANK, tax_form: 'W-8BEN', name: 'Ana' }, 'tax_form.country_of_citizenship'],
      [{ ...BANK, tax_form: '1099' }, 'tax_form.form'],
    ];
    for (const [fields, named] of cases) {
      const res = await form(`${portal}/payout-details`, { ...fields, account_number: '98765432' });
      const html = await res.text();
      expect(res.status, named).toBe(400);
      expect(html).toContain(named);
      expect(html).not.toContain('98765432');
      expect(html).not.toContain(IBAN);
    }
    expect((await financeView()).details).toMatchObject({ method: 'bank', iban: '••••3000' });
  });

  it('refuses a tampered link and a cross-origin form, and saves nothing', async () => {
    const sig = portal.slice(portal.lastIndexOf('.') + 1);
    const tampered = `${portal.slice(0, -sig.length)}${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    const otherScope = portal.replace(/^\/p\/v1\.(\d+)\.(\d+)\./, (_m, l, w) => `/p/v1.${l}.${Number(w) + 1}.`);
    for (const bad of [tampered, otherScope]) {
      const seen = await page(bad);
      expect(seen.status).toBe(404);
      expect(seen.html).not.toContain('Payable now');
      expect((await form(`${bad}/payout-details`, BANK)).status).toBe(404);
    }
    expect((await form(`${portal}/payout-details`, BANK, 'https://evil.example')).status).toBe(403);
    expect((await financeView()).details).toBeNull();
  });
});
