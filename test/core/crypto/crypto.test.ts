import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { open, parseKey, seal } from '../../../src/core/crypto/secret-box.ts';
import { signBody, verifyHmac } from '../../../src/core/crypto/verify-hmac.ts';
import { hasTestData, testData } from '../../support/test-data.ts';

describe.runIf(hasTestData)('webhook HMAC check vectors (SOURCE.md)', () => {
  it.each([
    [
      'Shopify sample order',
      'api-shopify/shopify_python_api_fixture_order.json',
      7647,
      'c1OQTD+Kf+4B/139uWmB6413KHnklQkKioZiXPWnZzE=',
    ],
    [
      'WooCommerce order',
      'api-woocommerce/woocommerce_docs_v3_order_create_response.json',
      3468,
      'z5WgKizz0lB6jg96CXmdO5pkbno7RSHkyGToV7RkdOY=',
    ],
  ])('%s with secret "hush"', (_label, file, bytes, expected) => {
    const body = readFileSync(testData(file));
    expect(body.length).toBe(bytes);
    expect(signBody('hush', body)).toBe(expected);
    expect(verifyHmac('hush', body, expected)).toBe(true);
  });
});

describe('verifyHmac refuses', () => {
  const body = Buffer.from('{"id":1}');
  const good = signBody('s3cret', body);
  it.each([
    ['a missing header', undefined],
    ['an empty header', ''],
    ['a hex digest', Buffer.from(good, 'base64').toString('hex')],
    ['a truncated signature', good.slice(0, 20)],
    ['the signature of another secret', signBody('other', body)],
    ['garbage', '!!!not base64!!!'],
  ])('%s', (_label, header) => expect(verifyHmac('s3cret', body, header)).toBe(false));

  it('a tampered body under the right header', () => {
    expect(verifyHmac('s3cret', Buffer.from('{"id":2}'), good)).toBe(false);
    expect(verifyHmac('s3cret', body, good)).toBe(true);
  });
});

describe('secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);
  it('round-trips and never stores the plaintext', () => {
    const sealed = seal(key, 'shpss_topsecret', 'store:1:shopify');
    expect(sealed).not.toContain('topsecret');
    expect(open(key, sealed, 'store:1:shopify')).toBe('shpss_topsecret');
  });
  it.each([
    ['another key', () => open(randomBytes(32), seal(key, 'x', 'a'), 'a')],
    ['another label (row)', () => open(key, seal(key, 'x', 'a'), 'b')],
    [
      'a flipped byte',
      () => {
        const s = seal(key, 'secret', 'a').split(':');
        s[3] = Buffer.from('SECRET').toString('base64');
        return open(key, s.join(':'), 'a');
      },
    ],
  ])('fails with %s', (_label, run) => expect(run).toThrow());
  it.each([
    ['64 hex digits', 'ab'.repeat(32), true],
    ['base64 of 32 bytes', randomBytes(32).toString('base64'), true],
    ['too short', 'abcd', false],
    ['a passphrase', 'correct horse battery staple', false],
  ])('parseKey: %s', (_label, text, ok) => expect(parseKey(text) !== undefined).toBe(ok));
});
