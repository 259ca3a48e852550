import { AppError } from '../../core/app-error.ts';
import { replayDelivery } from '../../services/webhooks/replay-delivery.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = 'microreach webhooks replay ID [--json]';

export const webhooksReplayCommand: Command = {
  path: ['webhooks', 'replay'],
  usage,
  summary: 'Re-process a stored webhook delivery (only ones whose signature was good).',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, usage);
    const id = Number(positionals[0]);
    if (!Number.isInteger(id) || id <= 0)
      throw new AppError('bad_request', `ID must be a delivery id, got "${positionals[0] ?? ''}"\nusage: ${usage}`);
    const result = await replayDelivery(await ctx.db(), id);
    if (values.json)
      ctx.out(JSON.stringify({ id, outcome: result.outcome, error: result.error, order_id: result.orderId }));
    else
      ctx.out(
        `delivery ${id}: ${result.outcome}${result.orderId ? ` (order ${result.orderId})` : ''}${result.error ? ` — ${result.error}` : ''}`,
      );
    return result.outcome === 'failed' || result.outcome === 'invalid' ? 1 : 0;
  },
};
