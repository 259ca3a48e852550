// `microreach import creators FILE.csv…`: creator lists exported from other tools.
import { basename } from 'node:path';
import { AppError } from '../../core/app-error.ts';
import { PLATFORMS } from '../../core/creators/creator-record.ts';
import { parsePlatform } from '../../core/creators/parse-platform.ts';
import { parseDateText } from '../../core/dates/parse-date-text.ts';
import { ImportFailedError, type ImportSummary } from '../../services/imports/run-import.ts';
import { importCreatorCsv } from '../../services/imports/import-creator-csv.ts';
import { ensureWorkspace } from '../../storage/workspaces/workspaces.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { readInputFiles } from '../read-input-files.ts';
import { printImportSummaries } from '../print-import-summary.ts';
import { progressBar } from '../progress.ts';

const usage =
  'microreach import creators FILE.csv… [--platform instagram|tiktok|youtube] [--workspace SLUG] [--observed-at YYYY-MM-DD] [--json]';

export const importCreatorsCommand: Command = {
  path: ['import', 'creators'],
  usage,
  summary: 'Import creator lists exported from other tools (CSV); --observed-at applies to every file given',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        platform: { type: 'string' },
        workspace: { type: 'string' },
        'observed-at': { type: 'string' },
        json: { type: 'boolean' },
      },
      usage,
    );
    if (positionals.length === 0) throw new AppError('bad_request', `no CSV file given\nusage: ${usage}`);
    const platform = values.platform === undefined ? undefined : parsePlatform(values.platform);
    if (values.platform !== undefined && !platform) {
      throw new AppError('bad_request', `unknown platform "${values.platform}" (use ${PLATFORMS.join(', ')})`);
    }
    const observedAt = values['observed-at'];
    if (observedAt !== undefined && !parseDateText(observedAt)) {
      throw new AppError('bad_request', `--observed-at must be a date like 2022-03-01, got "${observedAt}"`);
    }
    const files = await readInputFiles(positionals);

    const db = await ctx.db();
    const workspace = await ensureWorkspace(db, values.workspace ?? 'default');
    const summaries: ImportSummary[] = [];
    for (const file of files) {
      const bar = ctx.interactive ? progressBar(`importing ${basename(file.path)}`) : undefined;
      try {
        summaries.push(
          await importCreatorCsv(db, {
            workspaceId: workspace.id,
            fileName: file.path,
            content: file.content,
            platform,
            observedAt,
            onProgress: bar?.update,
          }),
        );
      } catch (error) {
        if (error instanceof ImportFailedError)
          throw new AppError(
            'internal',
            `${file.path}: ${error.message} (nothing of the failed batch was stored; re-run the import)`,
          );
        throw error;
      } finally {
        bar?.done();
      }
    }
    return printImportSummaries(ctx, summaries, values.json ?? false);
  },
};
