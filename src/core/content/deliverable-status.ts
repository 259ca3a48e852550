// Where one deliverable stands: posted (enough matched posts, none failing), failing (a matched post fails a rule),
// late (fewer posts than agreed and the due date has passed), or due (still open).
import { isoMillis } from '../time/iso-millis.ts';
import type { Deliverable } from './deal-terms.ts';
import type { RuleOutcome } from './rules/rule-result.ts';

export type DeliverableState = 'due' | 'late' | 'posted' | 'failing';

const DAY = 86_400_000;

export function deliverableState(
  d: Deliverable,
  dueOn: string | null,
  outcomes: RuleOutcome[],
  nowIso: string,
): DeliverableState {
  if (outcomes.includes('fail')) return 'failing';
  if (outcomes.length >= d.count) return 'posted';
  if (dueOn && isoMillis(nowIso) >= isoMillis(`${dueOn}T00:00:00Z`) + DAY) return 'late';
  return 'due';
}
