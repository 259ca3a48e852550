import { AppError } from '../../core/app-error.ts';
import { createApiToken } from '../../services/access/create-api-token.ts';
import { ensureWorkspace, findWorkspaceBySlug } from '../../storage/workspaces/workspaces.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = 'microreach token create --workspace W [--name NAME] [--create-workspace] [--json]';

export const tokenCreateCommand: Command = {
  path: ['token', 'create'],
  usage,
  summary: 'Create an API token for a workspace (shown once; sign in with it at /login or send it as a bearer token).',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(args, {
      workspace: { type: 'string' }, name: { type: 'string' }, 'create-workspace': { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
    }, usage);
    if (!values.workspace) throw new AppError('bad_request', `--workspace is required\nusage: ${usage}`);
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(values.workspace)) {
      throw new AppError('bad_request', `--workspace must be a slug (lower-case letters, digits, hyphens), got "${values.workspace}"`);
    }
    const db = await ctx.db();
    const workspace = values['create-workspace']
      ? await ensureWorkspace(db, values.workspace)
      : await findWorkspaceBySlug(db, values.workspace);
    if (!workspace) throw new AppError('not_found', `Workspace "${values.workspace}" does not exist (add --create-workspace to create it)`);
    const token = await createApiToken(db, workspace.id, values.name ?? 'cli');
    if (values.json) ctx.out(JSON.stringify({ workspace: workspace.slug, token: token.token, prefix: token.prefix }));
    else ctx.out(`Token for workspace ${workspace.slug} (shown once, keep it secret):\n${token.token}`);
  },
};
