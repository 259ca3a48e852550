import { AppError } from '../../core/app-error.ts';
import { enrollCreators } from '../../services/outreach/enroll-creators.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage =
  'microreach sequence enroll SEQUENCE_ID platform:handle… --workspace W [--mailbox ID] [--now ISO] [--json]';

export const sequenceEnrollCommand: Command = {
  path: ['sequence', 'enroll'],
  usage,
  summary: 'Enroll creators in a sequence (email from the workspace’s own data); those refused are named.',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        mailbox: { type: 'string' },
        now: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    const [id, ...refs] = positionals;
    if (!id || !/^\d+$/.test(id) || refs.length === 0)
      throw new AppError('bad_request', `Say the sequence id and at least one platform:handle\nusage: ${usage}`);
    const now = values.now === undefined ? new Date() : new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new AppError('bad_request', `--now "${values.now}" is not an ISO time`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const result = await enrollCreators(db, workspace.id, Number(id), refs, {
      now,
      mailboxId: values.mailbox === undefined ? undefined : Number(values.mailbox),
    });
    if (values.json) ctx.out(JSON.stringify(result, null, 2));
    else {
      ctx.out(
        `${result.enrolled.length} enrolled, ${result.already.length} already in it, ${result.refused.length} refused.`,
      );
      for (const r of result.refused) ctx.out(`  refused ${r.creator}: ${r.reason}`);
    }
  },
};
