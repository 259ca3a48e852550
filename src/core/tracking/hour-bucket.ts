/** The UTC hour of an instant, "2026-03-02T14": one click per visitor per link per hour. */
export const hourBucket = (at: Date): string => hourBucketOfIso(at.toISOString());

/** Same, from an ISO-8601 UTC string (saves formatting the date twice on the redirect path). */
export const hourBucketOfIso = (iso: string): string => iso.slice(0, 13);
