// External ids and amounts are kept exactly as sent: numbers never pass through a JS number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExactJson } from '../../src/connectors/stores/parse-exact-json.ts';
import { parseShopifyOrder } from '../../src/connectors/stores/shopify/parse-shopify-order.ts';
import { parseShopifyRefund } from '../../src/connectors/stores/shopify/parse-shopify-refund.ts';
import { shopifyOrderSchema, shopifyRefundSchema } from '../../src/connectors/stores/shopify/schemas.ts';
import { parseWooOrder } from '../../src/connectors/stores/woocommerce/parse-woo-order.ts';
import { wooOrderSchema } from '../../src/connectors/stores/woocommerce/schemas.ts';
import { fixtureText } from '../support/fixtures.ts';

describe('parseExactJson', () => {
  it.each([
    ['a Shopify id above 2^53', '{"id":820982911946154508}', { id: '820982911946154508' }],
    ['the largest 64-bit id', '{"id":18446744073709551615}', { id: '18446744073709551615' }],
    ['amounts keep their trailing zeros', '[29.90,0.0,-5]', ['29.90', '0.0', '-5']],
    ['exponents stay text', '{"x":1E+3}', { x: '1E+3' }],
    ['numbers inside strings are left alone', '{"s":"12 \\"34\\" 56","n":7}', { s: '12 "34" 56', n: '7' }],
    ['literals are unchanged', '[true,false,null]', [true, false, null]],
    // An escaped backslash before the closing quote: the string ends there, the number after it is read.
    ['a string ending in a backslash', '{"s":"a\\\\","n":12,"t":"\\\\\\"9"}', { s: 'a\\', n: '12', t: '\\"9' }],
  ])('%s', (_label, text, expected) => {
    expect(parseExactJson(text)).toEqual(expected);
  });

  it.each([
    ['leading zero', '{"a":01}'],
    ['bare dot', '[1.]'],
    ['lone minus', '[-]'],
    ['trailing comma', '[1,]'],
    ['not JSON', 'webhook_id=1'],
  ])('refuses %s as JSON.parse would', (_label, text) => {
    expect(() => parseExactJson(text)).toThrow(SyntaxError);
  });

  it('gives back every integer exactly as written (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), (n) => {
        expect(parseExactJson(`{"id":${n},"list":[${n}]}`)).toEqual({ id: String(n), list: [String(n)] });
      }),
    );
  });
});

describe("Shopify's own test payloads", () => {
  it('reads the test order: ids above 2^53 kept exactly, cancelled, amounts in cents', () => {
    const o = parseShopifyOrder(
      shopifyOrderSchema.parse(parseExactJson(fixtureText('shopify', 'test-order-cancelled.json'))),
    );
    expect(o).toMatchObject({
      externalId: '820982911946154508',
      name: '#9999',
      currency: 'USD',
      subtotalMinor: 39300,
      discountsMinor: 500,
      shippingMinor: 1000,
      totalMinor: 40300,
      financialStatus: 'voided',
      cancelledAt: '2022-04-06T12:09:03.000Z',
    });
    expect(o.customerKey).toMatch(/^email:/);
  });

  it('applies an older refund without refund_line_items[].subtotal from its transactions', () => {
    const r = parseShopifyRefund(
      shopifyRefundSchema.parse(parseExactJson(fixtureText('shopify', 'refund-without-subtotal.json'))),
      'USD',
    );
    expect(r).toEqual({
      orderExternalId: '820982911946154508',
      externalId: '890088186047892319',
      amountMinor: 8999,
      refundedAt: '2022-04-06T12:09:03.000Z',
    });
  });
});

describe('WooCommerce docs order through the exact parser', () => {
  it('reads order 727 with the same figures as before', () => {
    const o = parseWooOrder(wooOrderSchema.parse(parseExactJson(fixtureText('woocommerce', 'order-727.json'))));
    expect(o).toMatchObject({
      externalId: '727',
      name: '#727',
      subtotalMinor: 1800,
      shippingMinor: 1000,
      taxMinor: 135,
      totalMinor: 2935,
    });
  });
});
