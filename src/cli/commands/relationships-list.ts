import { OUTREACH_NOTE, formatRelationships } from '../../presenters/format-relationships.ts';
import { presentRelationship } from '../../presenters/present-relationship.ts';
import { checkStage } from '../../core/relationships/stages.ts';
import { listRelationships } from '../../storage/relationships/list-relationships.ts';
import { loadStages } from '../../storage/relationships/pipeline-stages.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach relationships list --workspace W [--stage STAGE] [--json]';

export const relationshipsListCommand: Command = {
  path: ['relationships', 'list'],
  usage,
  summary: 'List the relationships of a workspace: stage, owner, last contact, emails sent and received.',
  run: async (args, ctx) => {
    const options = {
      workspace: { type: 'string' },
      stage: { type: 'string' },
      json: { type: 'boolean', default: false },
    } as const;
    const { values } = parseCommandArgs(args, options, usage);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const stage = values.stage === undefined ? undefined : checkStage(await loadStages(db, workspace.id), values.stage);
    const items = (await listRelationships(db, workspace.id, { stage })).map(presentRelationship);
    if (values.json) ctx.out(JSON.stringify({ items, outreach: { tracked: true, note: OUTREACH_NOTE } }, null, 2));
    else ctx.out(formatRelationships(items));
  },
};
