// Opens the database named by the config: embedded SQLite by default, Postgres for larger installs.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import type { Database } from './schema.ts';
import { withStatementCache } from './cached-statements.ts';
import { CurrentSchemaPostgresDialect } from './current-schema-introspector.ts';
import { PreparingClient } from './prepared-statements.ts';
import { WriterSqliteDialect } from './sqlite-writer-dialect.ts';

export type DB = Kysely<Database>;

// Postgres returns int8 as a string by default; our counts fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));

export interface ConnectOptions {
  searchPath?: string;
  /**
   * SQLite only. FULL (default): every commit is fsynced before it returns, so a 200 sent for a webhook
   * delivery means the delivery and its order survive a power loss too. NORMAL (WAL): commits survive
   * a crash of the process but not of the machine; used for the click writer's own connection.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** SQLite only: how long a write waits for the lock, synchronously (default 5000 ms). */
  busyTimeoutMs?: number;
}

export function connect(config: DatabaseConfig, options: ConnectOptions = {}): DB {
  if (config.dialect === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: 10,
      Client: PreparingClient,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    return new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
  }
  if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
  const database = new SQLite(config.file);
  database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  // Transactions begin as writers and wait busy_timeout for the lock (see sqlite-writer-dialect.ts).
  const dialect = new WriterSqliteDialect({ database: withStatementCache(database), raw: database });
  return new Kysely<Database>({ dialect });
}
