// Counts as exports write them: "3.3k", "475.8m", "29.0b", "0.89k", "1,234,567", "1 234 567",
// "477900000.00", "348.5" (averages may have decimals). Separators follow readDecimal's rules, so
// "1,5K" is 1500. Suffixes are applied by moving the decimal point, never by float multiplication.
import { isMissingValue } from './is-missing-value.ts';
import type { NumberCell } from './number-cell.ts';
import { readDecimal } from './read-decimal.ts';
import { shiftDecimal } from './shift-decimal.ts';

const SUFFIXES: Record<string, number> = {
  k: 3,
  thousand: 3,
  m: 6,
  mm: 6,
  mn: 6,
  million: 6,
  b: 9,
  bn: 9,
  billion: 9,
};

const SUFFIX = /^(.*?\d)\s*(k|mm|mn|m|bn|b|thousand|million|billion)$/i;

/** A non-negative count from a cell; null for a missing marker (N/A, NaN, -, #VALOR!…). */
export function parseCount(text: string): NumberCell {
  const raw = text.trim().replace(/^'/, '');
  if (isMissingValue(raw)) return { ok: true, value: null };
  let body = raw;
  let places = 0;
  const suffixed = SUFFIX.exec(raw);
  if (suffixed) {
    body = suffixed[1]!;
    places = SUFFIXES[suffixed[2]!.toLowerCase()]!;
  }
  const read = readDecimal(body);
  if (!read.ok) return { ok: false, reason: `"${raw}" is not a number` };
  const value = shiftDecimal(read.decimal, places + read.exponent);
  if (read.negative && value !== 0) return { ok: false, reason: `"${raw}" is negative; a count cannot be` };
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return { ok: false, reason: `"${raw}" is too large` };
  return { ok: true, value };
}
