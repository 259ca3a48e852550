// Kysely's SQLite dialect with two changes to transactions, for every writer at once:
// - they start as writers (BEGIN IMMEDIATE). A deferred BEGIN takes the write lock only at the
//   first write, and when another connection (a CLI import, the click writer) wrote meanwhile SQLite
//   answers SQLITE_BUSY at once instead of waiting for the busy timeout: a webhook delivery failed
//   while an import ran. IMMEDIATE takes the lock up front and waits busy_timeout for it;
// - a rollback after SQLite already rolled back by itself (SQLITE_FULL, SQLITE_IOERR, …) is skipped,
//   so the caller sees the real error ("database or disk is full"), not "cannot rollback - no
//   transaction is active".
import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

export interface WriterDialectConfig extends SqliteDialectConfig {
  /** The raw connection, to ask whether a transaction is still open. */
  raw: SQLite.Database;
}

class WriterSqliteDriver extends SqliteDriver {
  readonly #raw: SQLite.Database;

  constructor(config: WriterDialectConfig) {
    super(config);
    this.#raw = config.raw;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#raw.inTransaction) return;
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}

export class WriterSqliteDialect extends SqliteDialect {
  readonly #config: WriterDialectConfig;

  constructor(config: WriterDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new WriterSqliteDriver(this.#config);
  }
}
