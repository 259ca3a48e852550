import { roundDiv } from '../shared/round.ts';

/** Commission in minor units: net revenue × rate (basis points) / 10,000, rounded half away from zero. */
export const commissionFor = (netRevenueMinor: number, rateBps: number): number =>
  netRevenueMinor <= 0 || rateBps <= 0 ? 0 : roundDiv(netRevenueMinor * rateBps, 10_000);

/** "12.5%" or "12.5" (percent) → 1250 basis points; undefined when not a percentage in [0, 100]. */
export function parsePercentToBps(text: string): number | undefined {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/.exec(text.trim());
  if (!m) return undefined;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : undefined;
}
