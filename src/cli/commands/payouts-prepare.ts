import { AppError } from '../../core/app-error.ts';
import { presentPayoutBatch } from '../../presenters/present-payouts.ts';
import { renderPayoutBatch } from '../../presenters/render-payout-batch.ts';
import { getPayoutBatch } from '../../services/payouts/get-payout-batch.ts';
import { preparePayoutBatch } from '../../services/payouts/prepare-payout-batch.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach payouts prepare --workspace W [--as-of ISO] [--minimum MINOR_UNITS] [--json]';

export const payoutsPrepareCommand: Command = {
  path: ['payouts', 'prepare'],
  usage,
  summary: 'A draft payout batch of everything payable: one line per creator per currency.',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        'as-of': { type: 'string' },
        minimum: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    const asOf = values['as-of'];
    if (asOf !== undefined && Number.isNaN(Date.parse(asOf)))
      throw new AppError('bad_request', `--as-of must be an ISO date-time, got "${asOf}"\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const who = { workspaceId: workspace.id, userId: null };
    const { batchId } = await db
      .transaction()
      .execute((trx) =>
        preparePayoutBatch(
          trx,
          who,
          { asOf: asOf && new Date(asOf).toISOString(), minimumMinor: intOption('minimum', values.minimum, 0) },
          new Date().toISOString(),
        ),
      );
    const batch = presentPayoutBatch(await getPayoutBatch(db, workspace.id, batchId));
    ctx.out(values.json ? JSON.stringify(batch, null, 2) : renderPayoutBatch(batch));
  },
};
