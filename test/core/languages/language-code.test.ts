import { describe, expect, it } from 'vitest';
import { languageCode } from '../../../src/core/languages/language-code.ts';

describe('languageCode', () => {
  it.each([
    [' es ', 'es'],
    ['ES', 'es'],
    ['en-US', 'en'],
    ['pt_BR', 'pt'],
    ['Spanish', 'es'],
    ['Español', 'es'],
    ['english', 'en'],
    ['Deutsch', 'de'],
    ['Klingon', undefined],
    ['xx', undefined],
    ['', undefined],
  ])('%j → %j', (text, expected) => {
    expect(languageCode(text)).toBe(expected);
  });
});
