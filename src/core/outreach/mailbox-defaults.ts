// A new mailbox's sending rules (PRODUCT.md "Relationships and outreach"): at most 40 new emails a day,
// warming up from 10 by 5 more each sending day, at least 90 s ± 30 % apart, 9:00–17:00 on weekdays in
// the mailbox's time zone. Slow and human-looking on purpose: a brand's own domain reputation is at stake.
export const MAILBOX_DEFAULTS = {
  dailyLimit: 40,
  warmupStart: 10,
  warmupStep: 5,
  minSpacingSeconds: 90,
  jitterPercent: 30,
  sendFromHour: 9,
  sendUntilHour: 17,
  /** ISO weekdays: 1 = Monday … 5 = Friday. */
  sendDays: [1, 2, 3, 4, 5],
} as const;
