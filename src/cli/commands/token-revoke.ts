import { AppError } from '../../core/app-error.ts';
import { findApiToken, revokeApiToken } from '../../storage/access/api-tokens.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach token revoke ID --workspace W';

export const tokenRevokeCommand: Command = {
  path: ['token', 'revoke'],
  usage,
  summary: 'Revoke an API token; browser sessions opened with it end at once.',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, { workspace: { type: 'string' } }, usage);
    const id = intOption('id', positionals[0], 0, 1);
    if (!positionals[0])
      throw new AppError('bad_request', `The token ID is required (see token list)\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const token = await findApiToken(db, workspace.id, id);
    if (!token) throw new AppError('not_found', `No token ${id} in workspace ${workspace.slug}`);
    const live = await revokeApiToken(db, id);
    await recordAudit(
      db,
      { workspaceId: workspace.id, userId: null, label: 'cli' },
      'token.revoked',
      `${token.prefix}…`,
    );
    ctx.out(
      live ? `Revoked token ${id} (${token.prefix}…) and ended its sessions.` : `Token ${id} was already revoked.`,
    );
  },
};
