// How many new emails a mailbox may send on a day: warm-up starts at warmupStart on its first sending
// day and grows by warmupStep each calendar day after, up to the daily limit. A mailbox that never sent
// through microreach is on its first day.

export interface BudgetRules {
  dailyLimit: number;
  warmupStart: number;
  warmupStep: number;
}

const dayNumber = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** `firstSendOn` and `today` are local days (YYYY-MM-DD) of the mailbox. */
export function dailyBudget(r: BudgetRules, firstSendOn: string | null, today: string): number {
  const days = firstSendOn === null ? 0 : Math.max(0, dayNumber(today) - dayNumber(firstSendOn));
  return Math.max(0, Math.min(r.dailyLimit, r.warmupStart + r.warmupStep * days));
}
