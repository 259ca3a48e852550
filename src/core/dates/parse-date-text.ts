/**
 * An ISO-8601 UTC timestamp from a date a user typed: "2022-03-01", "2022-03" (the first of the
 * month) or a full ISO timestamp. Undefined when it is not a real date (2022-02-30 is not).
 */
export function parseDateText(text: string): string | undefined {
  const s = text.trim();
  const day = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (day) return utcDay(Number(day[1]), Number(day[2]), day[3] ? Number(day[3]) : 1);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Midnight UTC of a calendar day as ISO, or undefined when the day does not exist. */
export function utcDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString();
}
