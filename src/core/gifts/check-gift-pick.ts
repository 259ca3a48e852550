// The rules a creator's gift pick must pass (issue 14: "within the limits the brand set"): the brand set
// limits, she gave a shipping address, she has not used up her gifts, every variant is offered and in stock,
// and the pick stays within the item count and total value. Pure: rows in, the gift's totals or the refusals
// (each naming the field and the reason) out.
import { formatMoney } from '../shared/to-minor-units.ts';

export interface PickLimits {
  maxItems: number;
  /** Minor units of the catalog's currency; null = no value limit. */
  maxValueMinor: number | null;
  maxGifts: number;
}

export interface PickVariant {
  id: number;
  title: string;
  currency: string;
  priceMinor: number;
  costMinor: number | null;
  inventory: number | null;
  available: boolean;
}

export interface PickInput {
  limits: PickLimits | null;
  hasAddress: boolean;
  /** Her earlier gifts that still count (not failed). */
  giftsSoFar: number;
  /** variant id → quantity, as she picked (quantities above 0 only). */
  picked: Map<number, number>;
  /** The picked variants as the catalog has them (missing = not in this workspace's catalog). */
  variants: Map<number, PickVariant>;
}

export type PickResult =
  | { ok: true; items: number; valueMinor: number; costMinor: number | null; currency: string }
  | { ok: false; problems: { path: string; message: string }[] };

/** `money` formats amounts in the refusals: the portal passes its reader-locale formatter so they read like the page. */
export function checkGiftPick(
  p: PickInput,
  money: (minor: number, currency: string) => string = formatMoney,
): PickResult {
  const problems: { path: string; message: string }[] = [];
  const refuse = (path: string, message: string): PickResult => ({ ok: false, problems: [{ path, message }] });
  if (!p.limits) return refuse('gift', 'the brand has not opened gift picking for this deal');
  if (!p.hasAddress) return refuse('address', 'save your shipping address first');
  if (p.giftsSoFar >= p.limits.maxGifts)
    return refuse('gift', `you already asked for ${p.giftsSoFar === 1 ? 'your gift' : `${p.giftsSoFar} gifts`}`);
  if (p.picked.size === 0) return refuse('items', 'pick at least one product');
  let items = 0;
  let valueMinor = 0;
  let costMinor: number | null = 0;
  const currencies = new Set<string>();
  for (const [id, quantity] of p.picked) {
    const v = p.variants.get(id);
    if (!v || !v.available) {
      problems.push({ path: `items.${id}`, message: 'this product is not offered any more' });
      continue;
    }
    if (v.inventory !== null && v.inventory < quantity)
      problems.push({
        path: `items.${id}`,
        message: v.inventory <= 0 ? `${v.title} is out of stock` : `only ${v.inventory} of ${v.title} in stock`,
      });
    items += quantity;
    valueMinor += v.priceMinor * quantity;
    costMinor = costMinor === null || v.costMinor === null ? null : costMinor + v.costMinor * quantity;
    currencies.add(v.currency);
  }
  if (items > p.limits.maxItems)
    problems.push({
      path: 'items',
      message: `you picked ${items} items; the brand allows ${p.limits.maxItems}`,
    });
  if (p.limits.maxValueMinor !== null && valueMinor > p.limits.maxValueMinor)
    problems.push({
      path: 'items',
      message: `the total value is ${money(valueMinor, [...currencies][0]!)}; the brand allows ${money(p.limits.maxValueMinor, [...currencies][0]!)}`,
    });
  if (currencies.size > 1) problems.push({ path: 'items', message: 'the products are priced in different currencies' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, items, valueMinor, costMinor, currency: [...currencies][0]! };
}
