import { AppError } from '../../core/app-error.ts';
import { loadSecretKey } from '../../services/secrets/load-secret-key.ts';
import { adminAccessOf } from '../../services/stores/admin-access-of.ts';
import { connectStore, STORE_PLATFORMS } from '../../services/stores/connect-store.ts';
import type { StorePlatform } from '../../storage/schema.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = `microreach store connect ${STORE_PLATFORMS.join('|')} --workspace W --secret S [--shop DOMAIN] [--admin-url URL] [--admin-token T (shopify) | --consumer-key K --consumer-secret S (woocommerce)] [--json]`;

export const storeConnectCommand: Command = {
  path: ['store', 'connect'],
  usage,
  summary:
    'Connect a Shopify or WooCommerce store: its webhook signing secret and Admin API credentials (to create discount codes) are stored encrypted (AES-256-GCM).',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        secret: { type: 'string' },
        shop: { type: 'string' },
        'admin-url': { type: 'string' },
        'admin-token': { type: 'string' },
        'consumer-key': { type: 'string' },
        'consumer-secret': { type: 'string' },
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
      adminAccessOf({
        admin_url: values['admin-url'],
        admin_token: values['admin-token'],
        consumer_key: values['consumer-key'],
        consumer_secret: values['consumer-secret'],
      }),
    );
    const endpoint = `/webhooks/${platform}/${workspace.slug}`;
    if (values.json)
      ctx.out(
        JSON.stringify({
          workspace: workspace.slug,
          platform,
          replaced: result.replaced,
          webhook_path: endpoint,
          admin_url: result.adminUrl,
        }),
      );
    else
      ctx.out(
        `${platform} ${result.replaced ? 'secret replaced' : 'connected'} for workspace ${workspace.slug}. Point the store's order webhooks at ${endpoint}${result.adminUrl ? `\nDiscount codes will be created through ${result.adminUrl}` : ''}`,
      );
  },
};
