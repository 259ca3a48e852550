import { AppError } from '../../core/app-error.ts';
import { setCurrencyRate } from '../../storage/currency-rates/set-currency-rate.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach rates set FROM TO RATE --workspace W   (1 FROM = RATE TO, e.g. rates set HKD GBP 0.1012)';

export const ratesSetCommand: Command = {
  path: ['rates', 'set'],
  usage,
  summary: 'Set a currency rate used to convert reports into the workspace currency (no live FX).',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, { workspace: { type: 'string' } }, usage);
    const [from, to, rate] = positionals;
    if (!from || !to || !rate) throw new AppError('bad_request', `FROM, TO and RATE are required\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    await setCurrencyRate(db, workspace.id, from.toUpperCase(), to.toUpperCase(), rate);
    ctx.out(`1 ${from.toUpperCase()} = ${rate} ${to.toUpperCase()} in workspace ${workspace.slug}`);
  },
};
