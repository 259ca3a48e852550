// Threat: a request (an upload, a webhook, a header) carrying text built to make a regular expression
// backtrack, stalling the one thread that serves everyone. Each parser of request data that used a
// super-linear pattern gets its worst input at 200,000 characters: a quadratic pattern would need
// ~10^10 steps and the test would not finish in its timeout; a linear one answers at once. No time
// is measured: the assertions are on the answers.
import { describe, expect, it } from 'vitest';
import { extractTags } from '../../src/core/creators/extract-tags.ts';
import { normalizeEmail } from '../../src/core/identity/customer-identity.ts';
import { isMissingValue } from '../../src/core/numbers/is-missing-value.ts';
import { parseCount } from '../../src/core/numbers/parse-count.ts';
import { parseRate } from '../../src/core/numbers/parse-rate.ts';

const N = 200_000;

describe('parsers of request data stay linear on hostile input', () => {
  it.each([
    ['a CSV cell of quotes around a word (missing-value markers)', () => isMissingValue(`x${'"'.repeat(N)}x`), false],
    [
      'a quoted missing marker still reads as missing',
      () => isMissingValue(`${'"'.repeat(N)}n/a${"'".repeat(N)}`),
      true,
    ],
  ])('%s', (_, run, expected) => {
    expect(run()).toBe(expected);
  });

  it('a rate cell of blanks before a non-% end is refused with its reason', () => {
    const result = parseRate(`1${' '.repeat(N)}x`);
    expect(result.ok).toBe(false);
    expect(parseRate(`1.39${' '.repeat(N)}%`)).toEqual({ ok: true, value: 0.0139 });
  });

  it('a count cell of digits and blanks is refused with its reason', () => {
    expect(parseCount(`${'1 '.repeat(N / 2)}x`).ok).toBe(false);
  });

  it('an order e-mail with a domain of many dots is not an e-mail, a normal one is', () => {
    expect(normalizeEmail(`a@${'.'.repeat(N)}@`)).toBeUndefined();
    expect(normalizeEmail(`a@b${'.'.repeat(N)} `)).toBe(`a@b${'.'.repeat(N)}`);
    expect(normalizeEmail(' Ana@Example.COM ')).toBe('ana@example.com');
    expect(normalizeEmail('ana@example.')).toBeUndefined();
    expect(normalizeEmail('ana@.com')).toBeUndefined();
    expect(normalizeEmail('a b@example.com')).toBeUndefined();
  });

  it('a caption with a mention of many dots keeps the handle without its trailing dots', () => {
    expect(extractTags(`hi @ana${'.'.repeat(N)}b`).mentions).toEqual([`ana${'.'.repeat(N)}b`]);
    expect(extractTags(`thanks @ana${'.'.repeat(N)}`).mentions).toEqual(['ana']);
  });
});
