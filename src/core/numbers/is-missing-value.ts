// Spreadsheet exports mark an unknown value in many ways. Reading one of these markers gives "not
// known" (null), never zero and never an error.

const MARKERS = new Set([
  '',
  'n/a',
  'na',
  'n.a',
  'n.a.',
  'nan',
  '-',
  '--',
  '—',
  '–',
  '?',
  'null',
  'none',
  'nil',
  'undefined',
  'unknown',
  'not available',
  '(blank)',
  'missing',
]);

// Spreadsheet error values in any locale: #VALOR!, #DIV/0!, #WERT!, #¡VALOR!, #NOMBRE?, #N/A, #NV…
// One word ending in ! or ?, or one of the "not available" forms; "#1" (a rank) and "#Refugio Mental"
// (a channel name) are not errors.
const SPREADSHEET_ERROR = /^(?:#¡?\p{L}[\p{L}\d/_]*[!?]|#n\/[a-z]|#nv)$/u;

/** True when a cell says "no value" (empty, N/A, NaN, -, #VALOR!, null…). Quotes around it are ignored. */
export function isMissingValue(text: string): boolean {
  const s = stripQuotes(text.trim()).trim().toLowerCase();
  return MARKERS.has(s) || SPREADSHEET_ERROR.test(s);
}

// A loop, not /['"]+$/: that pattern retries from every quote of a long run (quadratic on a hostile cell).
function stripQuotes(text: string): string {
  const quote = (ch: string | undefined) => ch === '"' || ch === "'";
  let start = 0;
  let end = text.length;
  while (start < end && quote(text[start])) start += 1;
  while (end > start && quote(text[end - 1])) end -= 1;
  return text.slice(start, end);
}
