import { AppError } from '../../core/app-error.ts';
import { addMailbox } from '../../services/outreach/add-mailbox.ts';
import { loadSecretKey } from '../../services/secrets/load-secret-key.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage =
  'microreach mailbox add --workspace W --from "Name <addr>" --smtp smtp://user:pass@host:port [--imap imap://user:pass@host:port] [--daily-limit N] [--time-zone Europe/Berlin] [--json]';

export const mailboxAddCommand: Command = {
  path: ['mailbox', 'add'],
  usage,
  summary: 'Add the brand’s own mailbox for outreach: the SMTP login is checked, passwords are stored encrypted.',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        from: { type: 'string' },
        smtp: { type: 'string' },
        imap: { type: 'string' },
        'daily-limit': { type: 'string' },
        'time-zone': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (!values.from || !values.smtp)
      throw new AppError('bad_request', `--from and --smtp are required\nusage: ${usage}`);
    const limit = values['daily-limit'] === undefined ? undefined : Number(values['daily-limit']);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const added = await addMailbox(
      db,
      loadSecretKey(ctx.config),
      {
        workspaceId: workspace.id,
        from: values.from,
        smtpUrl: values.smtp,
        imapUrl: values.imap ?? null,
        dailyLimit: limit,
        timeZone: values['time-zone'],
      },
      new Date(),
    );
    if (values.json) ctx.out(JSON.stringify({ workspace: workspace.slug, mailbox: added }, null, 2));
    else
      ctx.out(
        `Mailbox ${added.from_address} ${added.created ? 'added' : 'updated'} (id ${added.id}, SMTP ${added.smtp}${added.imap ? `, IMAP ${added.imap}` : ''}, up to ${added.daily_limit} a day).`,
      );
  },
};
