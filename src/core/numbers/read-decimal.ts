// Turns the digits of a number as people write them into a plain decimal string ("1234.5").
//
// Separators (the decimal-comma rule):
// - Thousands may be grouped with commas, dots, spaces (also no-break and thin spaces) or
//   apostrophes, always in groups of three: "1,234,567", "1.234.567", "1 234 567", "1'234'567".
// - When both a comma and a dot appear, the last one is the decimal separator: "1,234.5" and
//   "1.234,5" are both 1234.5.
// - A lone comma is a decimal comma only when it cannot be a thousands separator, i.e. it is not
//   followed by exactly three digits: "1,5" is 1.5 (so "1,5K" is 1500), "12,75" is 12.75, but
//   "1,500" is one thousand five hundred (the common reading in the exports we see).
// - A lone dot is always a decimal point: "1.234" is 1.234 and "477900000.00" is 477900000.
// - Scientific notation as spreadsheets write it ("1.2E+06") is accepted.

export type DecimalText =
  | { ok: true; decimal: string; negative: boolean; exponent: number }
  | { ok: false; reason: string };

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(?:${sep}\\d{3})+$`);
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009']\d{3})+(?:[.,]\d+)?$/;
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

export function readDecimal(text: string): DecimalText {
  let s = text.trim();
  let negative = false;
  if (/^[+-]/.test(s)) {
    negative = s.startsWith('-');
    s = s.slice(1).trim();
  }
  let exponent = 0;
  const scientific = /^(.*\d)e([+-]?\d{1,3})$/i.exec(s);
  if (scientific) {
    s = scientific[1]!;
    exponent = Number(scientific[2]);
  }
  if (SPACE_GROUPED.test(s)) s = s.replace(/[ \u00a0\u202f\u2009']/g, '');
  const decimal = withoutGrouping(s);
  if (decimal === undefined || !PLAIN.test(decimal)) return { ok: false, reason: `"${text.trim()}" is not a number` };
  return { ok: true, decimal, negative, exponent };
}

function withoutGrouping(s: string): string | undefined {
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalAt = Math.max(lastComma, lastDot);
    const group = decimalAt === lastDot ? ',' : '\\.';
    const whole = s.slice(0, decimalAt);
    if (!GROUPED(group).test(whole)) return undefined;
    return `${whole.replace(/[,.]/g, '')}.${s.slice(decimalAt + 1)}`;
  }
  if (lastComma >= 0) {
    if (GROUPED(',').test(s)) return s.replace(/,/g, '');
    const parts = s.split(',');
    return parts.length === 2 ? `${parts[0]}.${parts[1]}` : undefined;
  }
  if (s.indexOf('.') !== lastDot) return GROUPED('\\.').test(s) ? s.replace(/\./g, '') : undefined;
  return s;
}
