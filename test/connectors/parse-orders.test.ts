import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shopifyOrderSchema, shopifyRefundSchema, unwrapOrder } from '../../src/connectors/stores/shopify/schemas.ts';
import { parseShopifyOrder } from '../../src/connectors/stores/shopify/parse-shopify-order.ts';
import { parseShopifyRefund } from '../../src/connectors/stores/shopify/parse-shopify-refund.ts';
import { wooOrderSchema } from '../../src/connectors/stores/woocommerce/schemas.ts';
import { parseWooOrder } from '../../src/connectors/stores/woocommerce/parse-woo-order.ts';
import { emailHash } from '../../src/core/identity/customer-identity.ts';
import { hasTestData, testData } from '../support/test-data.ts';

const json = (file: string): unknown => JSON.parse(readFileSync(testData(file), 'utf8'));
const shopify = (file: string) => parseShopifyOrder(shopifyOrderSchema.parse(unwrapOrder(json(`api-shopify/${file}`))));

describe.runIf(hasTestData)('Shopify orders (real payloads, SOURCE.md table)', () => {
  it.each([
    ['itakastudio_order_create_dis_redacted.json', '#1054', ['alan test 0123b'], 37400, 2500, 2000, 39400],
    ['itakastudio_order_create_dis2_redacted.json', '#1069', [], 29400, 500, 1000, 30400],
    ['itakastudio_order_create_dis3_redacted.json', '#1070', ['0124c'], 28400, 1500, 2000, 30400],
    ['itakastudio_order_create_dis4_redacted.json', '#1071', ['0124d'], 16490, 3410, 2200, 18690],
  ])(
    '%s: %s, codes %j, subtotal %i, discounts %i, shipping %i, total %i (HKD cents)',
    (file, name, codes, subtotal, discounts, shipping, total) => {
      const o = shopify(file);
      expect(o).toMatchObject({
        source: 'shopify',
        name,
        currency: 'HKD',
        codes,
        subtotalMinor: subtotal,
        discountsMinor: discounts,
        shippingMinor: shipping,
        totalMinor: total,
      });
      expect(o.placedAt).toMatch(/^2025-01-2\dT\d\d:\d\d:\d\d\.000Z$/);
      expect(o.cancelledAt).toBeNull();
      expect(o.landingUrl).toBeNull();
    },
  );

  it('reads the canonical sample order (wrapped, old, no discount type)', () => {
    const o = shopify('shopify_python_api_fixture_order.json');
    expect(o).toMatchObject({
      externalId: '450789469',
      name: '#1001',
      currency: 'USD',
      placedAt: '2008-01-10T16:00:00.000Z',
      subtotalMinor: 39800,
      taxMinor: 1194,
      totalMinor: 40994,
      codes: ['tenoff'],
      landingUrl: 'http://www.example.com?source=abc',
      referrer: 'http://www.otherexample.com',
      cartToken: '68778783ad298f1c80c3bafcddeea02f',
      customerKey: `email:${emailHash('bob.norman@hostmail.com')}`,
      emailHash: emailHash('Bob.Norman@hostmail.com '),
    });
    expect(o.addressHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(o)).not.toContain('bob.norman');
  });

  it('subtracts line taxes when prices include tax', () => {
    const raw = json('api-shopify/shopify_python_api_fixture_order.json') as { order: Record<string, unknown> };
    const o = parseShopifyOrder(
      shopifyOrderSchema.parse({
        ...raw.order,
        taxes_included: true,
        line_items: [{ tax_lines: [{ price: '11.94' }] }],
      }),
    );
    expect(o.subtotalMinor).toBe(39800 - 1194);
  });

  it('takes mr_cid from the cart attributes the snippet set', () => {
    const raw = json('api-shopify/itakastudio_order_create_dis2_redacted.json') as Record<string, unknown>;
    const o = parseShopifyOrder(
      shopifyOrderSchema.parse({ ...raw, note_attributes: [{ name: 'mr_cid', value: 'abc123' }] }),
    );
    expect(o.checkoutClickId).toBe('abc123');
  });

  it.each([
    ['currency', { currency: 'hk$' }],
    ['subtotal_price', { subtotal_price: 'lots' }],
    ['created_at', { created_at: undefined }],
  ])('fails validation naming %s', (field, patch) => {
    const raw = json('api-shopify/itakastudio_order_create_dis2_redacted.json') as Record<string, unknown>;
    const result = shopifyOrderSchema.safeParse({ ...raw, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});

describe('Shopify refunds (shape of the refunds/create webhook)', () => {
  const base = { id: 509562969, order_id: 450789469, created_at: '2026-05-02T10:00:00-04:00' };
  it.each([
    [
      'line items: their subtotals (after discounts, before tax)',
      {
        refund_line_items: [
          { subtotal: '19.90', total_tax: '1.00' },
          { subtotal: 5.1, total_tax: 0 },
        ],
        transactions: [{ amount: '26.00', kind: 'refund', status: 'success' }],
      },
      2500,
    ],
    [
      'amount-only: transactions less shipping and tax',
      {
        transactions: [{ amount: '30.00', kind: 'refund', status: 'success' }],
        order_adjustments: [{ amount: '-5.00', tax_amount: '-1.00', kind: 'shipping_refund' }],
      },
      2400,
    ],
    [
      'failed transactions give nothing back',
      { transactions: [{ amount: '30.00', kind: 'refund', status: 'failure' }] },
      0,
    ],
  ])('%s', (_label, patch, amount) => {
    const r = parseShopifyRefund(shopifyRefundSchema.parse({ ...base, ...patch }), 'USD');
    expect(r).toEqual({
      orderExternalId: '450789469',
      externalId: '509562969',
      amountMinor: amount,
      refundedAt: '2026-05-02T14:00:00.000Z',
    });
  });
});

describe.runIf(hasTestData)('WooCommerce orders (real docs payloads)', () => {
  it('reads order 727: revenue = Σ line totals excluding tax and shipping', () => {
    const o = parseWooOrder(
      wooOrderSchema.parse(json('api-woocommerce/woocommerce_docs_v3_order_create_response.json')),
    );
    expect(o).toMatchObject({
      source: 'woocommerce',
      externalId: '727',
      name: '#727',
      currency: 'USD',
      placedAt: '2017-03-22T19:28:02.000Z',
      subtotalMinor: 1800,
      shippingMinor: 1000,
      taxMinor: 135,
      totalMinor: 2935,
      codes: [],
      cancelledAt: null,
      emailHash: emailHash('john.doe@example.com'),
    });
  });

  it('reads the list response (an array of orders)', () => {
    const list = json('api-woocommerce/woocommerce_docs_v3_orders_list_response.json') as unknown[];
    expect(list.map((o) => parseWooOrder(wooOrderSchema.parse(o)).externalId)).toHaveLength(2);
  });

  it.each([
    ['coupons are normalised', { coupon_lines: [{ code: ' ANA10 ' }] }, { codes: ['ana10'] }],
    ['cancelled status cancels', { status: 'cancelled' }, { cancelledAt: '2017-03-22T19:28:08.000Z' }],
    [
      'refund records give revenue back',
      { refunds: [{ id: 9, total: '-6.00' }] },
      { refunds: [{ externalId: '9', amountMinor: 600, refundedAt: '2017-03-22T19:28:08.000Z' }] },
    ],
    [
      'refunded status without records refunds everything',
      { status: 'refunded' },
      { refunds: [{ externalId: 'status:refunded', amountMinor: 1800, refundedAt: '2017-03-22T19:28:08.000Z' }] },
    ],
    [
      'order attribution meta and mr_cid',
      {
        meta_data: [
          { key: '_wc_order_attribution_session_entry', value: 'https://shop.example/?mr_cid=k1' },
          { key: '_wc_order_attribution_referrer', value: 'https://www.retailmenot.com/' },
          { key: 'mr_cid', value: 'k2' },
        ],
      },
      {
        landingUrl: 'https://shop.example/?mr_cid=k1',
        referrer: 'https://www.retailmenot.com/',
        checkoutClickId: 'k2',
      },
    ],
  ])('%s', (_label, patch, expected) => {
    const raw = json('api-woocommerce/woocommerce_docs_v3_order_create_response.json') as Record<string, unknown>;
    expect(parseWooOrder(wooOrderSchema.parse({ ...raw, ...patch }))).toMatchObject(expected);
  });
});
