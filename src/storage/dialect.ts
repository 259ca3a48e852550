// The few places where SQLite and Postgres differ, kept together.
import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Adds an auto-generated integer primary key named id. */
export function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>) {
  return dialectOf(db) === 'postgres'
    ? table.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey());
}

/** Column type for counts that can exceed 2^31 (views, total likes). */
export function bigCount(db: Kysely<any>) {
  return dialectOf(db) === 'postgres' ? 'bigint' : 'integer';
}

/** Column type for floating point values. */
export function real(db: Kysely<any>) {
  return dialectOf(db) === 'postgres' ? 'double precision' : 'real';
}

export type ColumnBuilder = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

/** Case-insensitive "contains" for text search across dialects. */
export function containsInsensitive(db: Kysely<any>, column: string, needle: string) {
  const pattern = `%${needle.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return dialectOf(db) === 'postgres'
    ? sql<boolean>`${sql.ref(column)} ilike ${pattern} escape '\\'`
    : sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
