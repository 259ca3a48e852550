import { AppError } from '../../core/app-error.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { accountOption, observedAtOption } from '../payload-options.ts';
import { readPayloadFiles } from '../read-payload-files.ts';
import { runPayloadImport } from './run-payload-import.ts';

const usage = 'microreach import instagram FILE.json… [--account HANDLE] [--workspace W] [--observed-at DATE] [--json]';

export const importInstagramCommand: Command = {
  path: ['import', 'instagram'],
  usage,
  summary: 'Import recorded Instagram Graph API responses (Business Discovery, media, insights, follower demographics)',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, {
      account: { type: 'string' },
      workspace: { type: 'string', default: 'default' },
      'observed-at': { type: 'string' },
      json: { type: 'boolean', default: false },
    }, usage);
    if (positionals.length === 0) throw new AppError('bad_request', `no files given\nusage: ${usage}`);
    const account = accountOption('instagram', values.account);
    const observedAt = observedAtOption(values['observed-at']);
    const files = await readPayloadFiles(positionals);
    return runPayloadImport(ctx, 'instagram', files, { workspace: values.workspace, json: values.json, account, observedAt });
  },
};
