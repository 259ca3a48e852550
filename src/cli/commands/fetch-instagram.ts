import { AppError } from '../../core/app-error.ts';
import { instagramPlatform } from '../../connectors/instagram/platform.ts';
import { fetchInstagramAccounts } from '../../services/imports/fetch-instagram-accounts.ts';
import { ensureWorkspace } from '../../storage/workspaces/workspaces.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { printImportSummaries } from '../print-import-summary.ts';

const usage =
  'microreach fetch instagram USERNAME… --ig-user-id ID --token T [--limit N] [--demographics] [--workspace W] [--json]';

export const fetchInstagramCommand: Command = {
  path: ['fetch', 'instagram'],
  usage,
  summary: 'Read Instagram accounts through Business Discovery (and your own follower demographics) and import them',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        'ig-user-id': { type: 'string' },
        token: { type: 'string' },
        limit: { type: 'string' },
        demographics: { type: 'boolean', default: false },
        workspace: { type: 'string', default: 'default' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (positionals.length === 0) throw new AppError('bad_request', `no usernames given\nusage: ${usage}`);
    const igUserId = values['ig-user-id'];
    if (!igUserId || !/^\d+$/.test(igUserId))
      throw new AppError(
        'bad_request',
        `--ig-user-id must be your Instagram business account id (digits)\nusage: ${usage}`,
      );
    if (!values.token)
      throw new AppError('bad_request', `--token is required (a Graph API access token)\nusage: ${usage}`);
    const mediaLimit = intOption('limit', values.limit, 25, 0);
    const client = instagramPlatform.client({ baseUrl: ctx.config.instagramGraphUrl, credential: values.token });
    const db = await ctx.db();
    const workspace = await ensureWorkspace(db, values.workspace);
    const summary = await fetchInstagramAccounts(db, client, {
      workspaceId: workspace.id,
      igUserId,
      usernames: positionals,
      mediaLimit,
      demographics: values.demographics,
    });
    return printImportSummaries(ctx, [summary], values.json);
  },
};
