// When a mailbox may send: on its sending days, between its sending hours, in its own time zone (IANA,
// through Intl, so daylight-saving changes move the window with the local clock). Pure: instants in,
// instants out.

export interface SendingHours {
  timeZone: string;
  fromHour: number;
  untilHour: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: readonly number[];
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function localParts(at: Date, timeZone: string): LocalParts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
    weekday: WEEKDAYS[p.weekday as string] ?? 0,
  };
}

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localDay(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The instant a local wall-clock time happens (a time skipped by a DST jump resolves to just after it). */
export function localTimeToInstant(timeZone: string, y: number, m: number, d: number, hour: number, minute = 0): Date {
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const p = localParts(new Date(guess), timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    if (seen === wall) break;
    guess += wall - seen;
  }
  return new Date(guess);
}

export function inSendingWindow(at: Date, h: SendingHours): boolean {
  const p = localParts(at, h.timeZone);
  return h.days.includes(p.weekday) && p.hour >= h.fromHour && p.hour < h.untilHour;
}

/** The first instant at or after `at` inside the window (null when the window is empty). */
export function nextWindowStart(at: Date, h: SendingHours): Date | null {
  if (h.days.length === 0 || h.fromHour >= h.untilHour) return null;
  if (inSendingWindow(at, h)) return at;
  const p = localParts(at, h.timeZone);
  for (let offset = 0; offset <= 7; offset++) {
    // Noon of the local day `offset` days on: safe from DST jumps when stepping days.
    const noon = new Date(Date.UTC(p.year, p.month - 1, p.day + offset, 12));
    const day = localParts(
      localTimeToInstant(h.timeZone, noon.getUTCFullYear(), noon.getUTCMonth() + 1, noon.getUTCDate(), 12),
      h.timeZone,
    );
    if (!h.days.includes(day.weekday)) continue;
    const start = localTimeToInstant(h.timeZone, day.year, day.month, day.day, h.fromHour);
    if (start.getTime() >= at.getTime()) return start;
  }
  return null;
}

/** The instant the local day of `at` began (for "sent today" counts). */
export function startOfLocalDay(at: Date, timeZone: string): Date {
  const p = localParts(at, timeZone);
  return localTimeToInstant(timeZone, p.year, p.month, p.day, 0);
}
