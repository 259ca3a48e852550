// `microreach import profiles FILE…`: follower / commenter profiles (CSV or JSON) for the
// "suspicious known followers / commenters" authenticity signal.
import { basename } from 'node:path';
import { AppError } from '../../core/app-error.ts';
import { PLATFORMS } from '../../core/creators/creator-record.ts';
import { parsePlatform } from '../../core/creators/parse-platform.ts';
import { formatRejection } from '../../core/imports/rejection.ts';
import { importKnownProfiles, type KnownProfilesImportSummary } from '../../services/imports/import-known-profiles.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { readInputFiles } from '../read-input-files.ts';
import { progressBar } from '../progress.ts';

const usage = 'microreach import profiles FILE.csv|FILE.json… [--platform instagram] [--source NAME] [--json]';

export const importProfilesCommand: Command = {
  path: ['import', 'profiles'],
  usage,
  summary:
    'Import follower / commenter profiles (handle, followers, following, posts, picture, private, bio) so vetting can judge who comments',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        platform: { type: 'string' },
        source: { type: 'string' },
        json: { type: 'boolean' },
      },
      usage,
    );
    if (positionals.length === 0) throw new AppError('bad_request', `no file given\nusage: ${usage}`);
    const platform = values.platform === undefined ? undefined : parsePlatform(values.platform);
    if (values.platform !== undefined && !platform) {
      throw new AppError('bad_request', `unknown platform "${values.platform}" (use ${PLATFORMS.join(', ')})`);
    }
    const files = await readInputFiles(positionals);
    const db = await ctx.db();
    const summaries: KnownProfilesImportSummary[] = [];
    for (const file of files) {
      const bar = ctx.interactive ? progressBar(`importing ${basename(file.path)}`) : undefined;
      try {
        summaries.push(
          await importKnownProfiles(db, {
            fileName: file.path,
            content: file.content,
            platform,
            source: values.source,
            onProgress: bar?.update,
          }),
        );
      } finally {
        bar?.done();
      }
    }
    const rejected = summaries.reduce((n, s) => n + s.rejected, 0);
    if (values.json) {
      ctx.out(JSON.stringify({ files: summaries }, null, 2));
    } else {
      for (const s of summaries) {
        ctx.out(
          `${s.file}: ${s.imported} imported, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected; ${s.accounts_rescored} accounts re-scored`,
        );
        for (const w of s.warnings) ctx.out(`  note: ${w}`);
        for (const r of s.rejections.slice(0, 20)) ctx.out(`  rejected ${formatRejection(r)}`);
        if (s.rejections.length > 20)
          ctx.out(`  … ${s.rejections.length - 20} more rejections (use --json to see all)`);
      }
    }
    return rejected > 0 ? 1 : 0;
  },
};
