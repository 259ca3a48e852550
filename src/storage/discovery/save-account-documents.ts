import type { NicheAssignment } from '../../core/discovery/classify-niche.ts';
import type { DB } from '../connect.ts';
import { chunksOf } from '../in-chunks.ts';
import { insertRows } from '../vetting/insert-rows.ts';
import { postingsInKeyOrder } from './postings-in-key-order.ts';

/** Replaces the niche documents (terms and categories) of some accounts; new terms join the dictionary. */
export async function saveAccountDocuments(
  db: DB,
  docs: { accountId: number; terms: ReadonlyMap<string, number>; niches: NicheAssignment[] }[],
): Promise<void> {
  if (docs.length === 0) return;
  const ids = docs.map((d) => d.accountId);
  const words = new Set<string>();
  for (const d of docs) for (const term of d.terms.keys()) words.add(term);
  const termIds = await ensureTermIds(db, [...words]);
  for (const chunk of chunksOf(ids)) {
    await db.deleteFrom('account_terms').where('account_id', 'in', chunk).execute();
    await db.deleteFrom('account_niches').where('account_id', 'in', chunk).execute();
  }
  await insertRows(db, 'account_terms', postingsInKeyOrder(docs, termIds), 5_000, (chunk) =>
    db.insertInto('account_terms').values(chunk),
  );
  const niches = docs.flatMap((d) =>
    d.niches.map((n) => ({ account_id: d.accountId, category: n.category, confidence: n.confidence })),
  );
  await insertRows(db, 'account_niches', niches, 5_000, (chunk) => db.insertInto('account_niches').values(chunk));
}

/** Ids of terms, adding the missing ones (ids are dense and stable: the discovery index keys on them). */
async function ensureTermIds(db: DB, words: readonly string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < words.length; i += 5_000) {
    const chunk = words.slice(i, i + 5_000);
    for (const row of await db.selectFrom('terms').select(['id', 'term']).where('term', 'in', chunk).execute())
      ids.set(row.term, row.id);
  }
  const missing = words.filter((w) => !ids.has(w));
  if (missing.length > 0) {
    const { max } = await db
      .selectFrom('terms')
      .select((eb) => eb.fn.max('id').as('max'))
      .executeTakeFirstOrThrow();
    let next = Number(max ?? 0) + 1;
    const rows = missing.map((term) => ({ id: next++, term }));
    for (let i = 0; i < rows.length; i += 5_000)
      await db
        .insertInto('terms')
        .values(rows.slice(i, i + 5_000))
        .execute();
    for (const r of rows) ids.set(r.term, r.id);
  }
  return ids;
}
