// Spreadsheet exports mark an unknown value in many ways. Reading one of these markers gives "not
// known" (null), never zero and never an error.

const MARKERS = new Set([
  '', 'n/a', 'na', 'n.a', 'n.a.', 'nan', '-', '--', '—', '–', '?', 'null', 'none', 'nil', 'undefined',
  'unknown', 'not available', '(blank)', 'missing',
]);

// Spreadsheet error values in any locale: #N/A, #VALOR!, #DIV/0!, #WERT!, #¡VALOR!, #NOMBRE?, #NV…
// They start with a letter after the # so that "#1" (a rank) is not mistaken for one.
const SPREADSHEET_ERROR = /^#¡?\p{L}[\p{L}\d/ ]*[!?]?$/u;

/** True when a cell says "no value" (empty, N/A, NaN, -, #VALOR!, null…). Quotes around it are ignored. */
export function isMissingValue(text: string): boolean {
  const s = text.trim().replace(/^['"]+|['"]+$/g, '').trim().toLowerCase();
  return MARKERS.has(s) || SPREADSHEET_ERROR.test(s);
}
