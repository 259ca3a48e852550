// YouTube gives video lengths as ISO-8601 durations: "PT21M7S", "PT1H2M", "P1DT2H", and "P0D" for
// live or upcoming broadcasts. Years and months have no fixed length and never occur there.

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Length in seconds, or undefined when the text is not a week/day/time ISO-8601 duration. */
export function isoDurationSeconds(text: string): number | undefined {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === 'P' || text.trim().endsWith('T')) return undefined;
  const [weeks, days, hours, minutes, seconds] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds;
}
