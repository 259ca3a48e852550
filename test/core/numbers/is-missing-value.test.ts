import { describe, expect, it } from 'vitest';
import { isMissingValue } from '../../../src/core/numbers/is-missing-value.ts';

describe('isMissingValue', () => {
  it.each([
    ['', true],
    ['N/A', true],
    ["N/A'", true],
    ['NaN', true],
    ['-', true],
    ['#VALOR!', true],
    ['#N/A', true],
    ['#DIV/0!', true],
    ['#¡VALOR!', true],
    ['#NOMBRE?', true],
    ['null', true],
    ['none', true],
    ['#N/D', true],
    ['#NV', true],
    ['#SPILL!', true],
    ['0', false],
    ['#1', false],
    ['#Refugio Mental', false],
    ['#ad', false],
    ['abc', false],
    ['Spain', false],
    ['n', false],
  ])('%j → %s', (input, expected) => {
    expect(isMissingValue(input)).toBe(expected);
  });
});
