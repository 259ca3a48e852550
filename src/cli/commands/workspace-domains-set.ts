import { AppError } from '../../core/app-error.ts';
import { setWorkspaceDomains } from '../../services/workspaces/set-workspace-domains.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage =
  'microreach workspace domains set DOMAIN... --workspace W' +
  '   (e.g. workspace domains set example.com shop.example.com)';

export const workspaceDomainsSetCommand: Command = {
  path: ['workspace', 'domains', 'set'],
  usage,
  summary: 'Set the domains tracked links of a workspace may point to (subdomains included; replaces the list).',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, { workspace: { type: 'string' } }, usage);
    if (positionals.length === 0) throw new AppError('bad_request', `give at least one domain\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const domains = await setWorkspaceDomains(db, workspace.id, positionals);
    ctx.out(`Tracked links of ${workspace.slug} may point to: ${domains.join(', ')} (and their subdomains)`);
  },
};
