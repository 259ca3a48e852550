/** The UTC hour of an instant, "2026-03-02T14": one click per visitor per link per hour. */
export const hourBucket = (at: Date): string => at.toISOString().slice(0, 13);
