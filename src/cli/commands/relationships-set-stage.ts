import { AppError } from '../../core/app-error.ts';
import { presentRelationship } from '../../presenters/present-relationship.ts';
import { setStage } from '../../services/relationships/change-relationship.ts';
import { relationshipRow } from '../../services/relationships/get-relationship.ts';
import { resolveAccounts } from '../../storage/relationships/resolve-accounts.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach relationships set-stage platform:handle STAGE --workspace W [--json]';

export const relationshipsSetStageCommand: Command = {
  path: ['relationships', 'set-stage'],
  usage,
  summary: "Move a creator to a stage of the workspace's pipeline (starts the relationship if needed).",
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      { workspace: { type: 'string' }, json: { type: 'boolean', default: false } },
      usage,
    );
    const [ref, stage] = positionals;
    if (!ref || !stage || positionals.length > 2)
      throw new AppError('bad_request', `Expected a creator and a stage\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const [account] = await resolveAccounts(db, [ref], []);
    // The CLI is run by the installation's operator, not by a member: the timeline shows no user.
    const moved = await setStage(db, { workspaceId: workspace.id, userId: null }, account!.creator_id, stage);
    const item = presentRelationship(await relationshipRow(db, workspace.id, account!.creator_id));
    if (values.json) ctx.out(JSON.stringify({ ...item, changed: moved.changed }, null, 2));
    else
      ctx.out(
        moved.changed
          ? `${account!.platform}:${account!.handle} → ${item.stage}`
          : `${account!.platform}:${account!.handle} is already ${item.stage}`,
      );
  },
};
