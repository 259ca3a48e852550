// Rates such as an engagement rate: "1.39%" is stored as the fraction 0.0139. A cell without a
// "%" sign is read as percentage points too ("1.39" → 0.0139): that is how the exports we import
// write rates (a column of "1.39" next to "1.39%"), and reading it as a fraction would make the
// rate a hundred times too large. "NaN%" and the other missing markers give null.
import { isMissingValue } from './is-missing-value.ts';
import type { NumberCell } from './number-cell.ts';
import { readDecimal } from './read-decimal.ts';
import { shiftDecimal } from './shift-decimal.ts';

/** A non-negative rate as a fraction (1.39% → 0.0139); null for a missing marker. */
export function parseRate(text: string): NumberCell {
  const raw = text.trim().replace(/^'/, '');
  // Not /\s*%$/: unanchored, it retries from every blank of a long run (quadratic on a hostile cell).
  const body = raw.endsWith('%') ? raw.slice(0, -1).trimEnd() : raw;
  if (isMissingValue(raw) || isMissingValue(body)) return { ok: true, value: null };
  const read = readDecimal(body);
  if (!read.ok) return { ok: false, reason: `"${raw}" is not a rate` };
  const value = shiftDecimal(read.decimal, read.exponent - 2);
  if (read.negative && value !== 0) return { ok: false, reason: `"${raw}" is negative; a rate cannot be` };
  if (!Number.isFinite(value)) return { ok: false, reason: `"${raw}" is too large` };
  return { ok: true, value };
}
