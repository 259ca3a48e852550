import { AppError } from '../../core/app-error.ts';
import { settleUnknownMessage } from '../../services/outreach/settle-unknown-message.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach outreach settle MESSAGE_ID --as sent|resend --workspace W [--json]';

export const outreachSettleCommand: Command = {
  path: ['outreach', 'settle'],
  usage,
  summary: 'Settle an unknown or failed email: mark it sent, or send it again (a person decides, never the app).',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      { workspace: { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean', default: false } },
      usage,
    );
    const id = positionals[0];
    if (!id || !/^\d+$/.test(id) || (values.as !== 'sent' && values.as !== 'resend'))
      throw new AppError('bad_request', `Say the message id and --as sent or --as resend\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const result = await settleUnknownMessage(db, workspace.id, Number(id), values.as, new Date());
    if (values.json) ctx.out(JSON.stringify(result, null, 2));
    else
      ctx.out(
        result.status === 'sent'
          ? `Message ${result.id} marked sent.`
          : `Message ${result.id} queued to be sent again (outreach run or serve sends it).`,
      );
  },
};
