import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAllowedDestination,
  normalizeDomain,
  normalizeDomainList,
} from '../../../src/core/tracking/allowed-domains.ts';

describe('normalizeDomain', () => {
  it.each([
    ['Example.COM', 'example.com'],
    ['  shop.example.co.uk ', 'shop.example.co.uk'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['a-b.example', 'a-b.example'],
  ])('%j → %j', (entry, domain) => expect(normalizeDomain(entry)).toEqual({ ok: true, domain }));

  it.each([
    ['', 'is empty'],
    ['https://example.com', 'is a URL'],
    ['example.com/shop', 'is a URL'],
    ['localhost', 'needs a dot'],
    ['-bad.example', 'invalid label "-bad"'],
    ['bad-.example', 'invalid label "bad-"'],
    ['a..example', 'invalid label ""'],
    ['bücher.example', 'invalid label "bücher"'],
    ['exa_mple.com', 'invalid label "exa_mple"'],
    ['192.168.0.1', 'IP address'],
    [`${'a'.repeat(64)}.example`, 'invalid label'],
    [`${'a.'.repeat(130)}example`, 'longer than 253'],
  ])('refuses %j: %s', (entry, reason) => {
    const result = normalizeDomain(entry);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  // Long adversarial input is refused by its length before any pattern runs, and each label pattern is
  // bounded (63 characters): a backtracking pattern would run past the test's timeout here.
  it.each([
    `${'a-'.repeat(100_000)}!.example`,
    `${'a'.repeat(1_000_000)}.com`,
    `${'-'.repeat(60)}a!.com`,
    `${'a'.repeat(62)}-!.com`,
  ])('refuses adversarial input of %#', (entry) => expect(normalizeDomain(entry).ok).toBe(false));
});

describe('normalizeDomainList', () => {
  it('lower-cases, de-duplicates and sorts', () => {
    expect(normalizeDomainList(['Shop.Example.com', 'example.com', 'EXAMPLE.com'])).toEqual({
      ok: true,
      domains: ['example.com', 'shop.example.com'],
    });
  });
  it('names the first bad entry with its index', () => {
    expect(normalizeDomainList(['example.com', 'http://x'])).toMatchObject({ ok: false, index: 1, entry: 'http://x' });
  });
});

describe('isAllowedDestination', () => {
  const domains = ['example.com'];
  it.each([
    ['https://example.com/p?q=1', true],
    ['http://shop.example.com/', true],
    ['https://EXAMPLE.com', true],
    ['https://example.com.evil.net/', false],
    ['https://notexample.com/', false],
    ['https://user:pw@example.com/', false],
    ['javascript:alert(1)//example.com', false],
    ['ftp://example.com/', false],
    ['//example.com/', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => expect(isAllowedDestination(url, domains)).toBe(allowed));

  it('never allows anything with an empty list', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => !isAllowedDestination(url, [])));
  });

  it('allows exactly the hosts equal to or under an allowed domain', () => {
    fc.assert(
      fc.property(fc.domain(), fc.domain(), (allowed, host) => {
        const a = allowed.toLowerCase();
        const h = host.toLowerCase();
        const expected = h === a || h.endsWith(`.${a}`);
        return isAllowedDestination(`https://${host}/x`, [a]) === expected;
      }),
    );
  });
});
