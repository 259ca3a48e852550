import { AppError } from '../core/app-error.ts';
import type { DB } from '../storage/connect.ts';
import type { Workspace } from '../storage/schema.ts';
import { findWorkspaceBySlug } from '../storage/workspaces/workspaces.ts';

/** The workspace named by --workspace (required: the CLI acts for one workspace at a time). */
export async function requireWorkspace(db: DB, slug: string | undefined, usage: string): Promise<Workspace> {
  if (!slug) throw new AppError('bad_request', `--workspace is required\nusage: ${usage}`);
  const workspace = await findWorkspaceBySlug(db, slug);
  if (!workspace) throw new AppError('not_found', `Workspace "${slug}" does not exist`);
  return workspace;
}
