// Writes phase 1 of a metrics refresh (metrics row, niche document, categories; see
// services/vetting/derived-rows.ts) through a demo writer's own SQLite connection, inside the
// transaction the caller holds: the rows saveAccountMetrics and saveAccountDocuments write for new
// accounts (postings in the same key order), with statements prepared once instead of built by Kysely for every batch. New terms join
// the dictionary with the next free ids, as ensureTermIds numbers them (dense; the discovery index
// keys on them).
import type SQLite from 'better-sqlite3';
import type { DerivedRows } from '../services/vetting/derived-rows.ts';
import { postingsInKeyOrder } from '../storage/discovery/postings-in-key-order.ts';

/** Postings per account_terms statement (three parameters each). */
const POSTINGS_PER_STATEMENT = 2_000;

export function prepareDerivedInserts(db: SQLite.Database): (rows: readonly DerivedRows[]) => void {
  const metricsStatements = new Map<string, SQLite.Statement>();
  const findTerm = db.prepare('select id from terms where term = ?').pluck();
  const lastTerm = db.prepare('select coalesce(max(id), 0) from terms').pluck();
  const addTerm = db.prepare('insert into terms (id, term) values (?, ?)');
  const postings = (n: number) =>
    db.prepare(`insert into account_terms (term_id, account_id, weight) values ${'(?,?,?),'.repeat(n).slice(0, -1)}`);
  const fullPostings = postings(POSTINGS_PER_STATEMENT);
  const onePosting = postings(1);
  const addNiche = db.prepare('insert into account_niches (account_id, category, confidence) values (?, ?, ?)');
  /** Term ids this connection has seen: the dictionary only grows, and ids never change. */
  const knownTerms = new Map<string, number>();

  return (rows) => {
    if (rows.length === 0) return;
    for (const r of rows) {
      const columns = Object.keys(r.metrics);
      const key = columns.join(',');
      let insert = metricsStatements.get(key);
      if (!insert) {
        insert = db.prepare(
          `insert into account_metrics (${columns.map((c) => `"${c}"`).join(',')}) values (${columns.map(() => '?').join(',')})`,
        );
        metricsStatements.set(key, insert);
      }
      insert.run(Object.values(r.metrics));
    }
    // Another writer may have added terms since: looked up before a new id is taken.
    let next = (lastTerm.get() as number) + 1;
    const idOf = (term: string): number => {
      let id = knownTerms.get(term);
      if (id === undefined) {
        id = findTerm.get(term) as number | undefined;
        if (id === undefined) addTerm.run((id = next++), term);
        knownTerms.set(term, id);
      }
      return id;
    };
    // New terms take their ids in the order the rows name them (as before the postings are ordered).
    for (const r of rows) for (const [term] of r.terms) idOf(term);
    const values: number[] = [];
    for (const p of postingsInKeyOrder(rows, knownTerms)) {
      values.push(p.term_id, p.account_id, p.weight);
      if (values.length === POSTINGS_PER_STATEMENT * 3) {
        fullPostings.run(values);
        values.length = 0;
      }
    }
    for (let i = 0; i < values.length; i += 3) onePosting.run(values[i], values[i + 1], values[i + 2]);
    for (const r of rows) for (const n of r.niches) addNiche.run(r.accountId, n.category, n.confidence);
  };
}
