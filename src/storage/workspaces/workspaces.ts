import type { DB } from '../connect.ts';
import type { Workspace } from '../schema.ts';

export async function findWorkspaceBySlug(db: DB, slug: string): Promise<Workspace | undefined> {
  return db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Returns the workspace with this slug, creating it when missing. */
export async function ensureWorkspace(
  db: DB,
  slug: string,
  defaults: { name?: string; currency?: string } = {},
): Promise<Workspace> {
  const found = await findWorkspaceBySlug(db, slug);
  if (found) return found;
  await db
    .insertInto('workspaces')
    .values({
      slug,
      name: defaults.name ?? slug,
      currency: defaults.currency ?? 'USD',
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
  const created = await findWorkspaceBySlug(db, slug);
  if (!created) throw new Error(`Could not create workspace ${slug}`);
  return created;
}

export async function getWorkspace(db: DB, id: number): Promise<Workspace> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
