// Test helper: one hash over every row the demo writes, in id order, to compare two worlds.
import { createHash } from 'node:crypto';
import type { DB } from '../../src/storage/connect.ts';

const TABLES = [
  ['creators', ['id']],
  ['workspace_creators', ['creator_id']],
  ['accounts', ['id']],
  ['account_snapshots', ['id']],
  ['posts', ['id']],
  ['post_snapshots', ['id']],
  ['comments', ['id']],
  ['audiences', ['id']],
  ['audience_segments', ['audience_id', 'key']],
] as const;

export async function tableDigest(db: DB): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [table, order] of TABLES) {
    let q = db.selectFrom(table).selectAll();
    for (const column of order) q = q.orderBy(column as never);
    const rows = await q.execute();
    const hash = createHash('sha256');
    for (const row of rows)
      hash.update(
        JSON.stringify(Object.values(row).map((v) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v))),
      );
    out[table] = `${rows.length}:${hash.digest('hex').slice(0, 16)}`;
  }
  return out;
}
