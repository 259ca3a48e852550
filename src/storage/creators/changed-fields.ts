/**
 * The subset of `next` that differs from `current`, ignoring keys whose value is undefined
 * (a source that does not mention a field never erases it).
 */
export function changedFields<T extends Record<string, unknown>>(current: Partial<T>, next: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    const value = next[key];
    if (value === undefined) continue;
    if (current[key] !== value) out[key] = value;
  }
  return out;
}

export const flag = (value: boolean | undefined): 0 | 1 | undefined =>
  value === undefined ? undefined : value ? 1 : 0;

export const nullableFlag = (value: boolean | null | undefined): 0 | 1 | null | undefined =>
  value === undefined ? undefined : value === null ? null : value ? 1 : 0;
