import { AppError } from '../../core/app-error.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { observedAtOption } from '../payload-options.ts';
import { readPayloadFiles } from '../read-payload-files.ts';
import { runPayloadImport } from './run-payload-import.ts';

const usage = 'microreach import youtube FILE.json… [--workspace W] [--observed-at DATE] [--json]';

export const importYouTubeCommand: Command = {
  path: ['import', 'youtube'],
  usage,
  summary: 'Import recorded YouTube Data API v3 responses (channels.list, videos.list)',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(args, {
      workspace: { type: 'string', default: 'default' },
      'observed-at': { type: 'string' },
      json: { type: 'boolean', default: false },
    }, usage);
    if (positionals.length === 0) throw new AppError('bad_request', `no files given\nusage: ${usage}`);
    const observedAt = observedAtOption(values['observed-at']);
    const files = await readPayloadFiles(positionals);
    return runPayloadImport(ctx, 'youtube', files, { workspace: values.workspace, json: values.json, observedAt });
  },
};
