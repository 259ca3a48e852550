// Counts the SQL statements a connection runs (benchmarks print statements per delivery or per brief).
// Counted once per executed statement, as its result comes back: transformQuery would also count each
// subquery and UNION arm, and precompiled queries (precompiled-query.ts) skip it. BEGIN, COMMIT and
// SAVEPOINTs go around plugins and are not counted.
import type { KyselyPlugin } from 'kysely';

export interface StatementCounter {
  plugin: KyselyPlugin;
  /** Statements run so far. */
  count(): number;
}

export function statementCounter(): StatementCounter {
  let statements = 0;
  return {
    plugin: {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        statements += 1;
        return args.result;
      },
    },
    count: () => statements,
  };
}
