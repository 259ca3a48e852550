// A column whose header says "numbers" is checked against its content before it is trusted: real
// exports carry mislabelled columns (a "Views avg." column full of country names).
import { countryCode } from '../../countries/country-code.ts';
import { isMissingValue } from '../../numbers/is-missing-value.ts';
import type { NumberCell } from '../../numbers/number-cell.ts';

export type NumberColumnVerdict =
  | { kind: 'numbers'; exactShare: number }
  | { kind: 'countries'; example: string }
  | { kind: 'text'; example: string };

/** Below this many filled cells a column is trusted as labelled (a short file proves nothing). */
const MIN_SAMPLE = 5;
const PLAIN_NUMBER = /^\d+(?:\.0+)?$/;

/**
 * Whether most filled cells of a numeric column read as numbers; if not, whether they are mostly
 * country names. exactShare is the share of cells written as plain digits ("409800000"), used to
 * prefer the exact copy of a duplicated column over its display copy ("409.8M").
 */
export function inspectNumberColumn(
  values: readonly string[],
  parse: (text: string) => NumberCell,
): NumberColumnVerdict {
  const filled = values.map((v) => v.trim()).filter((v) => !isMissingValue(v));
  const exactShare = filled.length ? filled.filter((v) => PLAIN_NUMBER.test(v)).length / filled.length : 0;
  if (filled.length < MIN_SAMPLE) return { kind: 'numbers', exactShare };
  const unreadable = filled.filter((v) => !parse(v).ok);
  if (unreadable.length * 2 <= filled.length) return { kind: 'numbers', exactShare };
  const countries = filled.filter((v) => countryCode(v) !== undefined).length;
  const example = unreadable[0] ?? '';
  return countries * 2 > filled.length ? { kind: 'countries', example } : { kind: 'text', example };
}
