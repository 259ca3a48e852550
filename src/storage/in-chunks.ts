// Every `in (…)` over a list the data decides goes through here. SQLite refuses more than 32,766
// bound variables in one statement and Postgres more than 65,535 parameters, so a refresh of
// accounts with many posts, or a large discovery, used to fail with "too many SQL variables".

/** Values bound per `in (…)` list: far below both limits, with room for the query's other parameters. */
export const IN_LIST_LIMIT = 5_000;

/** `values` cut into consecutive pieces of at most `size`, in order. */
export function chunksOf<T>(values: readonly T[], size = IN_LIST_LIMIT): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
  return chunks;
}

/**
 * Runs `query` once per chunk of `values` (one after another: SQLite serialises them anyway) and
 * concatenates the rows in chunk order. An empty list runs no query and returns no rows.
 */
export async function selectInChunks<T, R>(
  values: readonly T[],
  query: (chunk: T[]) => Promise<readonly R[]>,
  size = IN_LIST_LIMIT,
): Promise<R[]> {
  const rows: R[] = [];
  for (const chunk of chunksOf(values, size)) rows.push(...(await query(chunk)));
  return rows;
}
