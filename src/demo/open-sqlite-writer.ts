// A connection of its own for bulk-writing demo rows into a SQLite file, with its statements
// prepared once (Kysely prepares every statement anew, which at these sizes costs as much as the
// inserts). Used by the workers and, for small worlds, by the main thread.
//
// While it writes, the connection runs with synchronous = OFF and a larger WAL: no fsync per chunk
// on a slow disk. In WAL mode that risks nothing on an application crash, only the last chunks on
// a power cut, and a failed run is deleted again anyway (generate-demo-world.ts). Foreign keys are
// not checked row by row: the generator makes parents before children by construction, and the
// tests run `pragma foreign_key_check` on what it wrote.
import SQLite from 'better-sqlite3';
import type { DerivedRows } from '../services/vetting/derived-rows.ts';
import { insertSql, statements } from './bulk-insert.ts';
import { prepareDerivedInserts } from './prepare-derived-inserts.ts';
import { blockRows, TABLE_ORDER, type RunConstants } from './row-buffers.ts';
import type { RowBuffers } from './row-buffers.ts';

export interface SqliteWriter {
  /**
   * Writes one chunk's rows in one transaction, waiting for the write lock if another writer holds it,
   * with the derived rows (metrics phase 1) of its accounts, if any.
   */
  write: (buffers: RowBuffers, derived?: readonly DerivedRows[]) => void;
  close: () => void;
}

export function openSqliteWriter(file: string, constants: RunConstants): SqliteWriter {
  const db = new SQLite(file);
  db.pragma('busy_timeout = 600000');
  db.pragma('foreign_keys = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('wal_autocheckpoint = 16384');
  db.pragma('cache_size = -65536');
  const prepared = new Map<string, SQLite.Statement>();
  const statement = (text: string) => {
    let s = prepared.get(text);
    if (!s) {
      if (prepared.size > 512) prepared.clear();
      prepared.set(text, (s = db.prepare(text)));
    }
    return s;
  };
  let insertDerived: ReturnType<typeof prepareDerivedInserts> | undefined;
  const insertAll = db.transaction((buffers: RowBuffers, derived: readonly DerivedRows[]) => {
    for (const table of TABLE_ORDER) {
      const full = insertSql('sqlite', table, blockRows(table), constants);
      for (const block of buffers.full[table]) statement(full).run(block);
      for (const [text, values] of statements('sqlite', table, buffers.values[table], constants))
        statement(text).run(values);
    }
    if (derived.length > 0) (insertDerived ??= prepareDerivedInserts(db))(derived);
  });
  return {
    write: (buffers, derived = []) => insertAll.immediate(buffers, derived),
    close: () => {
      // Fold the WAL back into the database so the file is complete on its own.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
