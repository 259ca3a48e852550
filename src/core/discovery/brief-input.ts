// What people type into a brief, read into the brief's own units: countries by name or alias ("UK",
// "United Kingdom" → GB), counts with suffixes ("10k"), follower ranges ("25-35k", "10k+") and money
// with its symbol or code ("£400", "$1,200", "400 EUR" → minor units). Pure and bounded (inputs are
// short; no regex that can backtrack), shared by the API's brief schema and the web form.
import { countryCode } from '../countries/country-code.ts';
import { parseCount } from '../numbers/parse-count.ts';
import { toMinorUnits } from '../shared/to-minor-units.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const MAX_INPUT = 60;

/** ISO 3166-1 alpha-2 code of "GB", "gb", "UK", "United Kingdom", "Deutschland"… */
export function parseCountry(text: string): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_INPUT)
    return { ok: false, reason: `"${trimmed.slice(0, MAX_INPUT)}" is not a country` };
  const code = countryCode(/^[a-z]{2}$/.test(trimmed) ? trimmed.toUpperCase() : trimmed);
  return code
    ? { ok: true, value: code }
    : { ok: false, reason: `"${trimmed}" is not a country we know (a name like "United Kingdom" or a code like GB)` };
}

/** A follower count: 25000, "25,000", "25k", "1.2m". */
export function parseFollowerCount(text: string | number): Parsed<number> {
  if (typeof text === 'number')
    return Number.isFinite(text) && text >= 0
      ? { ok: true, value: text }
      : { ok: false, reason: `${text} is not a count` };
  if (text.length > MAX_INPUT) return { ok: false, reason: 'too long for a count' };
  const read = parseCount(text);
  return read.ok && read.value !== null
    ? { ok: true, value: read.value }
    : { ok: false, reason: `"${text.trim()}" is not a count like 25000 or 25k` };
}

const SUFFIX_LETTERS = new Set(['k', 'm', 'b']);

/** "25-35k" (the suffix applies to both ends), "25k–35k", "25k to 35k", "10k+" (a minimum), "up to 50k" (a maximum). */
export function parseFollowerRange(text: string): Parsed<{ min?: number; max?: number }> {
  const t = text.trim().toLowerCase();
  if (t.length === 0 || t.length > MAX_INPUT)
    return { ok: false, reason: 'give a range like 25-35k, 10k+ or up to 50k' };
  if (t.endsWith('+')) return wrap(parseFollowerCount(t.slice(0, -1)), (min) => ({ min }));
  for (const prefix of ['up to ', 'under ', '<']) {
    if (t.startsWith(prefix)) return wrap(parseFollowerCount(t.slice(prefix.length)), (max) => ({ max }));
  }
  const parts = splitRange(t);
  if (!parts) return { ok: false, reason: `"${text.trim()}" is not a range like 25-35k, 10k+ or up to 50k` };
  let [low, high] = parts;
  const suffix = high.at(-1)!;
  if (SUFFIX_LETTERS.has(suffix) && /\d$/.test(low)) low += suffix;
  const min = parseFollowerCount(low);
  const max = parseFollowerCount(high);
  if (!min.ok) return min;
  if (!max.ok) return max;
  return min.value <= max.value
    ? { ok: true, value: { min: min.value, max: max.value } }
    : { ok: false, reason: `the minimum ${min.value} is above the maximum ${max.value}` };
}

function splitRange(t: string): [string, string] | null {
  for (const separator of [' to ', '–', '—', '-']) {
    const at = t.indexOf(separator);
    if (at > 0) return [t.slice(0, at).trim(), t.slice(at + separator.length).trim()];
  }
  return null;
}

const wrap = <A, B>(p: Parsed<A>, f: (a: A) => B): Parsed<B> => (p.ok ? { ok: true, value: f(p.value) } : p);

/** Symbols people type, longest first ("HK$" before "$"); "$" alone means US dollars. */
const SYMBOLS: [string, string][] = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['NZ$', 'NZD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
  ['₩', 'KRW'],
  ['$', 'USD'],
];

/** "£400", "$1,200", "€1.200,50", "400 GBP", "GBP 400", "1.5k EUR" → minor units and currency. */
export function parseMoney(text: string, fallbackCurrency?: string): Parsed<{ amount: number; currency: string }> {
  let t = text.trim();
  if (t.length === 0 || t.length > MAX_INPUT) return { ok: false, reason: 'give an amount like £400 or 400 GBP' };
  let currency: string | undefined;
  for (const [symbol, code] of SYMBOLS) {
    if (t.startsWith(symbol)) {
      currency = code;
      t = t.slice(symbol.length).trim();
      break;
    }
    if (t.endsWith(symbol)) {
      currency = code;
      t = t.slice(0, -symbol.length).trim();
      break;
    }
  }
  const head = t.slice(0, 3).toUpperCase();
  const tail = t.slice(-3).toUpperCase();
  if (!currency && /^[A-Z]{3}$/.test(head) && t.length > 3 && !/[a-z]/i.test(t[3]!)) {
    currency = head;
    t = t.slice(3).trim();
  } else if (!currency && /^[A-Z]{3}$/.test(tail) && t.length > 3 && !/[a-z]/i.test(t.at(-4)!)) {
    currency = tail;
    t = t.slice(0, -3).trim();
  }
  currency ??= fallbackCurrency;
  if (!currency) return { ok: false, reason: `"${text.trim()}" has no currency: write it like £400 or 400 GBP` };
  let thousands = 0;
  if (t.toLowerCase().endsWith('k')) {
    thousands = 3;
    t = t.slice(0, -1).trim();
  }
  const decimal = plainDecimal(t);
  if (decimal === null)
    return { ok: false, reason: `"${text.trim()}" is not an amount like £400, $1,200 or 400.50 EUR` };
  const minor = toMinorUnits(shift(decimal, thousands), currency);
  return minor === undefined || minor <= 0
    ? { ok: false, reason: `"${text.trim()}" is not a positive amount` }
    : { ok: true, value: { amount: minor, currency } };
}

/** "1,200.50" / "1.200,50" / "1200,5" / "1 200" → "1200.50"; null for anything else. */
function plainDecimal(t: string): string | null {
  const s = t.replace(/[\s\u00a0\u202f']/g, '');
  if (/^\d+(\.\d+)?$/.test(s)) return s;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return s.replace(/,/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return s.replace(/\./g, '').replace(',', '.');
  if (/^\d+,\d{1,2}$/.test(s)) return s.replace(',', '.');
  return null;
}

/** Moves the decimal point right by `places` ("1.5", 3 → "1500"), exactly, on the text. */
function shift(decimal: string, places: number): string {
  if (places === 0) return decimal;
  const [whole, fraction = ''] = decimal.split('.');
  const padded = fraction.padEnd(places, '0');
  return `${whole}${padded.slice(0, places)}${padded.length > places ? `.${padded.slice(places)}` : ''}`;
}
