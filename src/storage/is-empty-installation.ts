import type { DB } from './connect.ts';

/** True before anything was stored: no workspace and no creator (the server then seeds the demo). */
export async function isEmptyInstallation(db: DB): Promise<boolean> {
  const [workspaces, creators] = await Promise.all([
    db.selectFrom('workspaces').select('id').limit(1).execute(),
    db.selectFrom('creators').select('id').limit(1).execute(),
  ]);
  return workspaces.length === 0 && creators.length === 0;
}
