/**
 * Memoizes a function of one string in a bounded map (cleared when full). Pure text functions
 * (stems, hashtag splits) are called with the same few thousand words millions of times.
 */
export function memoizeString<T>(fn: (input: string) => T, limit = 200_000): (input: string) => T {
  const cache = new Map<string, T>();
  return (input: string) => {
    let value = cache.get(input);
    if (value === undefined && !cache.has(input)) {
      if (cache.size >= limit) cache.clear();
      value = fn(input);
      cache.set(input, value);
    }
    return value as T;
  };
}
