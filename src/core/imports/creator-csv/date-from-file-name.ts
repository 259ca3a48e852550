// Exports are often named after their snapshot: "instagram-dec-2022.csv", "tiktok 2022-06.csv",
// "youtube_2022-06-15.csv". A month without a day means its first day.
import { utcDay } from '../../dates/parse-date-text.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES =
  'january|february|march|april|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';

const FULL_DATE = /(?<!\d)(\d{4})[-_. ](\d{2})[-_. ](\d{2})(?!\d)/;
const YEAR_MONTH = /(?<!\d)(\d{4})[-_. ](\d{2})(?!\d)/;
const MONTH_YEAR = new RegExp(`(?<![a-z])(${MONTH_NAMES})(?![a-z])[-_. ]*(\\d{4})(?!\\d)`);
const YEAR_MONTH_NAME = new RegExp(`(?<!\\d)(\\d{4})[-_. ]*(${MONTH_NAMES})(?![a-z])`);

/** The snapshot date a file name states, as ISO-8601 UTC midnight, or undefined. */
export function dateFromFileName(fileName: string): string | undefined {
  const name = fileName.toLowerCase().replace(/^.*[\\/]/, '');
  const full = FULL_DATE.exec(name);
  if (full) return utcDay(Number(full[1]), Number(full[2]), Number(full[3]));
  const ym = YEAR_MONTH.exec(name);
  if (ym) return utcDay(Number(ym[1]), Number(ym[2]), 1);
  const my = MONTH_YEAR.exec(name);
  if (my) return utcDay(Number(my[2]), monthNumber(my[1]!), 1);
  const yn = YEAR_MONTH_NAME.exec(name);
  if (yn) return utcDay(Number(yn[1]), monthNumber(yn[2]!), 1);
  return undefined;
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3)) + 1;
