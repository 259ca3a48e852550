// `microreach instagram connect`: the brand's Instagram token for a workspace, which resolves story-mention senders
// (Instagram-scoped ids) to usernames (docs/story-mentions.md). Stored sealed with the installation key.
import { AppError } from '../../core/app-error.ts';
import { connectBrandInstagram } from '../../services/content/connect-brand-instagram.ts';
import { loadSecretKey } from '../../services/secrets/load-secret-key.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach instagram connect --workspace W --token T [--json]';

export const instagramConnectCommand: Command = {
  path: ['instagram', 'connect'],
  usage,
  summary: "Store the brand's Instagram token (instagram_manage_messages), encrypted: it names story-mention senders",
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      { workspace: { type: 'string' }, token: { type: 'string' }, json: { type: 'boolean', default: false } },
      usage,
    );
    if (!values.token)
      throw new AppError('bad_request', `--token is required (the brand's Instagram access token)\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const key = loadSecretKey(ctx.config);
    const { replaced } = await connectBrandInstagram(db, key, workspace.id, values.token, new Date().toISOString());
    if (values.json) ctx.out(JSON.stringify({ workspace: workspace.slug, replaced }));
    else ctx.out(`Instagram token ${replaced ? 'replaced' : 'stored'} for workspace ${workspace.slug}.`);
  },
};
