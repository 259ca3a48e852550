import { AppError } from '../../core/app-error.ts';
import { createApiToken } from '../../services/access/create-api-token.ts';
import { ensureWorkspace, findWorkspaceBySlug } from '../../storage/workspaces/workspaces.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import { findFirstOwner, findMembership, findUserByEmail } from '../../storage/access/users.ts';
import type { DB } from '../../storage/connect.ts';
import type { Command } from '../command.ts';

const usage =
  'microreach token create --workspace W [--email OWNER] [--name NAME] [--expires-days N] [--create-workspace] [--json]';

export const tokenCreateCommand: Command = {
  path: ['token', 'create'],
  usage,
  summary:
    "Create an API token (shown once) for a member (--email; default the workspace's first owner, or the workspace itself before it has users).",
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        email: { type: 'string' },
        'expires-days': { type: 'string' },
        name: { type: 'string' },
        'create-workspace': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (!values.workspace) throw new AppError('bad_request', `--workspace is required\nusage: ${usage}`);
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(values.workspace)) {
      throw new AppError(
        'bad_request',
        `--workspace must be a slug (lower-case letters, digits, hyphens), got "${values.workspace}"`,
      );
    }
    const db = await ctx.db();
    const workspace = values['create-workspace']
      ? await ensureWorkspace(db, values.workspace)
      : await findWorkspaceBySlug(db, values.workspace);
    if (!workspace)
      throw new AppError(
        'not_found',
        `Workspace "${values.workspace}" does not exist (add --create-workspace to create it)`,
      );
    const owner = await tokenOwner(db, workspace.id, values.email);
    const days = intOption('expires-days', values['expires-days'], 0, 1);
    const expiresAt = days ? new Date(Date.now() + days * 86_400_000).toISOString() : null;
    const token = await createApiToken(db, workspace.id, values.name ?? 'cli', { userId: owner, expiresAt });
    await recordAudit(
      db,
      { workspaceId: workspace.id, userId: owner, label: 'cli' },
      'token.created',
      `${token.prefix}…`,
      { name: values.name ?? 'cli' },
    );
    if (values.json) ctx.out(JSON.stringify({ workspace: workspace.slug, token: token.token, prefix: token.prefix }));
    else ctx.out(`Token for workspace ${workspace.slug} (shown once, keep it secret):\n${token.token}`);
  },
};

/** The user the token acts for: --email (a member), else the first owner; null before the workspace has users. */
async function tokenOwner(db: DB, workspaceId: number, email: string | undefined): Promise<number | null> {
  if (email) {
    const user = await findUserByEmail(db, email);
    const member = user && (await findMembership(db, workspaceId, user.id));
    if (!user || !member) throw new AppError('not_found', `${email} is not a member of this workspace`);
    return user.id;
  }
  return (await findFirstOwner(db, workspaceId)) ?? null;
}
