import { AppError } from '../../core/app-error.ts';
import { youtubePlatform } from '../../connectors/youtube/platform.ts';
import { fetchYouTubeChannels } from '../../services/imports/fetch-youtube-channels.ts';
import { ensureWorkspace } from '../../storage/workspaces/workspaces.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { printImportSummaries } from '../print-import-summary.ts';

const usage = 'microreach fetch youtube CHANNEL… --key K [--videos ID,ID…] [--workspace W] [--json]';

export const fetchYouTubeCommand: Command = {
  path: ['fetch', 'youtube'],
  usage,
  summary: 'Read YouTube channels (ids or @handles) and given videos from the Data API and import them',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        key: { type: 'string' },
        videos: { type: 'string' },
        workspace: { type: 'string', default: 'default' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (positionals.length === 0) throw new AppError('bad_request', `no channels given\nusage: ${usage}`);
    if (!values.key) throw new AppError('bad_request', `--key is required (a YouTube Data API key)\nusage: ${usage}`);
    const videoIds = (values.videos ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const client = youtubePlatform.client({ baseUrl: ctx.config.youtubeApiUrl, credential: values.key });
    const db = await ctx.db();
    const workspace = await ensureWorkspace(db, values.workspace);
    const summary = await fetchYouTubeChannels(db, client, {
      workspaceId: workspace.id,
      channels: positionals,
      videoIds,
    });
    return printImportSummaries(ctx, [summary], values.json);
  },
};
