import { syncCatalog } from '../../services/catalog/sync-catalog.ts';
import { loadSecretKey } from '../../services/secrets/load-secret-key.ts';
import type { Command } from '../command.ts';
import { openWorkspace } from '../open-workspace.ts';

const usage = 'microreach catalog sync --workspace W [--json]';

export const catalogSyncCommand: Command = {
  path: ['catalog', 'sync'],
  usage,
  summary:
    "Read the connected store's products and variants (price, cost where the store has it, stock) for gift picking.",
  run: async (args, ctx) => {
    const { db, workspace, json } = await openWorkspace(args, ctx, usage);
    const r = await syncCatalog(db, loadSecretKey(ctx.config), workspace.id, new Date());
    const out = { platform: r.platform, variants: r.variants, gone: r.gone, unknown_cost: r.unknownCost };
    if (json) ctx.out(JSON.stringify(out));
    else
      ctx.out(
        `${r.variants} variants from ${r.platform}; ${r.gone} no longer listed; cost unknown for ${r.unknownCost}.`,
      );
    return 0;
  },
};
