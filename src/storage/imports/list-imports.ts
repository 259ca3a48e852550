import type { DB } from '../connect.ts';

/** A workspace's import runs, newest first, with their stored rejections. */
export async function listImports(db: DB, workspaceId: number, page: { offset: number; limit: number }) {
  const base = db.selectFrom('imports').where('workspace_id', '=', workspaceId);
  const [{ total }, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    base
      .selectAll()
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return { total: Number(total), items };
}
