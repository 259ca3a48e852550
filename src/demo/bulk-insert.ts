// Multi-row INSERTs straight from flat value arrays. The SQL text is built once per (table, row
// count, run) and reused; each statement binds as many rows as the dialect allows (SQLite 32,766
// parameters, Postgres 65,535). Run-wide constants are SQL literals in the text.
import { CompiledQuery, type Kysely } from 'kysely';
import type { DialectName } from '../storage/dialect.ts';
import {
  COLUMNS,
  CONSTANTS,
  type DemoTable,
  type RunConstants,
  SQLITE_MAX_PARAMETERS,
  type SqlValue,
} from './row-buffers.ts';

const MAX_PARAMETERS: Record<DialectName, number> = { sqlite: SQLITE_MAX_PARAMETERS, postgres: 65_535 };
const sqlCache = new Map<string, string>();

/** Inserts every row of `values` (flat, in COLUMNS[table] order) into `table`. */
export async function bulkInsert(
  db: Kysely<any>,
  dialect: DialectName,
  table: DemoTable,
  values: SqlValue[],
  constants: RunConstants,
): Promise<void> {
  for (const [sql, slice] of statements(dialect, table, values, constants)) {
    await db.executeQuery(CompiledQuery.raw(sql, slice));
  }
}

/**
 * The INSERT statements (text and parameters) that write `values` into `table`: full statements
 * of the largest size, then the rest in power-of-two row counts, so that a handful of statement
 * shapes serve every chunk and stay prepared.
 */
export function* statements(
  dialect: DialectName,
  table: DemoTable,
  values: SqlValue[],
  constants: RunConstants,
): Generator<[string, SqlValue[]]> {
  const width = COLUMNS[table].length;
  const maxRows = Math.floor(MAX_PARAMETERS[dialect] / width);
  let offset = 0;
  let rows = values.length / width;
  while (rows > 0) {
    const n = rows >= maxRows ? maxRows : 2 ** Math.floor(Math.log2(rows));
    const slice = offset === 0 && n * width === values.length ? values : values.slice(offset, offset + n * width);
    yield [insertSql(dialect, table, n, constants), slice];
    offset += n * width;
    rows -= n;
  }
}

export function insertSql(dialect: DialectName, table: DemoTable, rows: number, constants: RunConstants): string {
  const key = `${dialect}:${table}:${rows}:${constants.now}:${constants.workspaceId}`;
  let text = sqlCache.get(key);
  if (text) return text;
  const fixed = Object.entries(CONSTANTS[table]).map(([column, value]) => [column, literal(value(constants))] as const);
  const columns = [...COLUMNS[table], ...fixed.map(([c]) => c)];
  const tuples: string[] = [];
  for (let r = 0, n = 1; r < rows; r++) {
    const marks: string[] = [];
    for (let c = 0; c < COLUMNS[table].length; c++) marks.push(dialect === 'postgres' ? `$${n++}` : '?');
    for (const [, value] of fixed) marks.push(value);
    tuples.push(`(${marks.join(',')})`);
  }
  text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(',')}) values ${tuples.join(',')}`;
  if (sqlCache.size > 512) sqlCache.clear();
  sqlCache.set(key, text);
  return text;
}

function literal(value: string | number | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  return `'${value.replace(/'/g, "''")}'`;
}
