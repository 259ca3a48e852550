import { writeFileSync } from 'node:fs';
import { AppError } from '../../core/app-error.ts';
import { PAYOUT_FILE_FORMATS, type PayoutFileFormat } from '../../core/payouts/payout-file-formats.ts';
import { exportPayoutBatch } from '../../services/payouts/export-payout-batch.ts';
import { loadSecretKey } from '../../services/secrets/load-secret-key.ts';
import { findPayoutBatchWorkspace } from '../../storage/payouts/payout-batch-rows.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = `microreach payouts export BATCH_ID --format ${PAYOUT_FILE_FORMATS.join('|')} [--currency CUR] [--out FILE] [--json]`;

export const payoutsExportCommand: Command = {
  path: ['payouts', 'export'],
  usage,
  summary: 'Writes a payout batch as a PayPal Payouts, Wise batch or bank CSV (stdout, or --out FILE).',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string' },
        currency: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (!positionals[0]) throw new AppError('bad_request', `BATCH_ID is required\nusage: ${usage}`);
    const batchId = intOption('batch id', positionals[0], 0, 1);
    const format = values.format as PayoutFileFormat | undefined;
    if (!format || !PAYOUT_FILE_FORMATS.includes(format))
      throw new AppError('bad_request', `--format must be one of ${PAYOUT_FILE_FORMATS.join(', ')}\nusage: ${usage}`);
    const db = await ctx.db();
    const workspaceId = await findPayoutBatchWorkspace(db, batchId);
    if (workspaceId === undefined) throw new AppError('not_found', `Payout batch ${batchId} was not found`);
    const text = await exportPayoutBatch(db, loadSecretKey(ctx.config), workspaceId, batchId, format, values.currency);
    const rows = text === '' ? 0 : text.trimEnd().split('\r\n').length;
    if (values.out) writeFileSync(values.out, text);
    if (values.json)
      ctx.out(
        JSON.stringify(
          { batch_id: batchId, format, rows, file: values.out ?? null, ...(values.out ? {} : { csv: text }) },
          null,
          2,
        ),
      );
    else if (values.out) ctx.out(`Wrote ${rows} row(s) of ${format} to ${values.out}`);
    else ctx.out(text);
  },
};
