import { isoMillis } from '../time/iso-millis.ts';
const DAY_MS = 86_400_000;

/**
 * Whether an event at `eventAt` may credit an order at `orderAt`: not after the order, and at most
 * `windowDays` × 24 h before it (the edge itself is inside: exactly 30 days counts, one ms more does not).
 */
export function withinWindow(
  eventAt: string,
  orderAt: string,
  windowDays: number,
): 'in_window' | 'after_order' | 'outside_window' {
  const gap = isoMillis(orderAt) - isoMillis(eventAt);
  if (gap < 0) return 'after_order';
  return gap <= windowDays * DAY_MS ? 'in_window' : 'outside_window';
}
