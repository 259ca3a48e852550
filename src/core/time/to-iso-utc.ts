// APIs write instants in several ISO-8601 dialects ("2021-08-17T19:00:42+0000" from Graph,
// "2019-03-21T20:37:49.000Z" from YouTube). Stored timestamps have one form, toISOString() in UTC,
// so that they compare correctly as text.

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant in canonical UTC form, or undefined when the text is not a valid ISO-8601 instant with a zone. */
export function toIsoUtc(text: string): string | undefined {
  const m = INSTANT.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const local = new Date(Date.UTC(y, mo - 1, d, h, mi, s, millis));
  // Date.UTC silently rolls 2021-02-30 over to March; refuse such dates instead.
  const fieldsKept =
    local.getUTCFullYear() === y &&
    local.getUTCMonth() === mo - 1 &&
    local.getUTCDate() === d &&
    local.getUTCHours() === h &&
    local.getUTCMinutes() === mi &&
    local.getUTCSeconds() === s;
  if (!fieldsKept) return undefined;
  const zone = m[8]!;
  const offsetMinutes =
    zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return new Date(local.getTime() - offsetMinutes * 60_000).toISOString();
}

/** A user-given date ("2026-03-01", meaning its UTC midnight) or instant, in canonical UTC form. */
export function parseDateOrInstant(text: string): string | undefined {
  const trimmed = text.trim();
  return DATE_ONLY.test(trimmed) ? toIsoUtc(`${trimmed}T00:00:00Z`) : toIsoUtc(trimmed);
}
