import { AppError } from '../../core/app-error.ts';
import { parseAccountRef } from '../../core/creators/parse-account-ref.ts';
import { formatVettingReport } from '../../presenters/format-vetting-report.ts';
import { presentVettingReport } from '../../presenters/present-vetting-report.ts';
import { vetCreator } from '../../services/vetting/vet-creator.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach vet <platform>:<handle> [--workspace W (default "default")] [--as-of DATE] [--json]';

export const vetCommand: Command = {
  path: ['vet'],
  usage,
  summary:
    'Vetting report of one account: engagement, reply rate, ad fatigue, growth, authenticity with reasons, ' +
    'fair prices.',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string', default: 'default' },
        'as-of': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (positionals.length !== 1) throw new AppError('bad_request', `usage: ${usage}`);
    const { platform, handle } = parseAccountRef(positionals[0]!);
    const now = values['as-of'] ? new Date(values['as-of']) : new Date();
    if (Number.isNaN(now.getTime()))
      throw new AppError('bad_request', `--as-of must be a date, got "${values['as-of']}"`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const account = await db
      .selectFrom('accounts')
      .select(['id', 'creator_id'])
      .where('platform', '=', platform)
      .where('handle', '=', handle)
      .executeTakeFirst();
    if (!account)
      throw new AppError(
        'not_found',
        `No ${platform} account "${handle}" is known. Import it first (microreach import …).`,
      );
    const vetting = await vetCreator(db, account.creator_id, { platform, workspace, now });
    ctx.out(values.json ? JSON.stringify(presentVettingReport(vetting), null, 2) : formatVettingReport(vetting));
  },
};
