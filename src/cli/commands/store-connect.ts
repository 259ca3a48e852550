import { AppError } from '../../core/app-error.ts';
import { loadSecretKey } from '../../services/secrets/load-secret-key.ts';
import { connectStore, STORE_PLATFORMS } from '../../services/stores/connect-store.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = `microreach store connect ${STORE_PLATFORMS.join('|')} --workspace W --secret S [--shop DOMAIN] [--json]`;

export const storeConnectCommand: Command = {
  path: ['store', 'connect'],
  usage,
  summary: 'Connect a Shopify or WooCommerce store: its webhook signing secret is stored encrypted (AES-256-GCM).',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        secret: { type: 'string' },
        shop: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    const platform = positionals[0] as StorePlatform | undefined;
    if (!platform || !STORE_PLATFORMS.includes(platform))
      throw new AppError('bad_request', `Say which store: ${STORE_PLATFORMS.join(' or ')}\nusage: ${usage}`);
    if (!values.secret)
      throw new AppError(
        'bad_request',
        `--secret is required (the webhook signing secret of the store)\nusage: ${usage}`,
      );
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    // connectStore stores the key the platform signs with (WooCommerce HTML-decodes the secret first).
    const result = await connectStore(
      db,
      loadSecretKey(ctx.config),
      workspace.id,
      platform,
      values.secret,
      values.shop ?? null,
    );
    const endpoint = `/webhooks/${platform}/${workspace.slug}`;
    if (values.json)
      ctx.out(
        JSON.stringify({ workspace: workspace.slug, platform, replaced: result.replaced, webhook_path: endpoint }),
      );
    else
      ctx.out(
        `${platform} ${result.replaced ? 'secret replaced' : 'connected'} for workspace ${workspace.slug}. Point the store's order webhooks at ${endpoint}`,
      );
  },
};
