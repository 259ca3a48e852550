// What stays of a raw order body after the retention period: the fields attribution reads (ids,
// codes, landing URL, referrer, cart/checkout tokens, the snippet's click id, amounts, dates), never
// a name, an address, an email or a phone number.

/** Copies `keys` of a payload object (one level), and of list fields only the entries named in `entries`. */
export interface KeptEntries {
  list: string;
  nameKey: string;
  keep: (name: string) => boolean;
}

export function keepFields(payload: unknown, keys: readonly string[], entries: KeptEntries[] = []): unknown {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return {};
  const source = payload as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of keys) if (key in source) kept[key] = source[key];
  for (const { list, nameKey, keep } of entries) {
    const items = source[list];
    if (!Array.isArray(items)) continue;
    kept[list] = items.filter((item) => {
      const name = item && typeof item === 'object' ? (item as Record<string, unknown>)[nameKey] : undefined;
      return typeof name === 'string' && keep(name);
    });
  }
  return kept;
}

/** Order meta set by microreach's storefront snippet or WooCommerce's own order attribution. */
export const isAttributionMeta = (name: string) =>
  name.startsWith('mr_') || name.startsWith('_mr_') || name.startsWith('_wc_order_attribution_');

/** Codes without anything else (a discount line can carry the customer's note in some plugins). */
export const codesOnly = (lines: unknown) =>
  Array.isArray(lines) ? lines.map((l) => ({ code: (l as { code?: unknown })?.code })) : undefined;
