import { presentVariant } from '../../presenters/present-seeding.ts';
import { listCatalog } from '../../storage/catalog/list-catalog.ts';
import { formatMoney } from '../../core/shared/to-minor-units.ts';
import type { Command } from '../command.ts';
import { openWorkspace } from '../open-workspace.ts';

const usage = 'microreach catalog list --workspace W [--json]';

export const catalogListCommand: Command = {
  path: ['catalog', 'list'],
  usage,
  summary: "The workspace's catalog as the last sync saw it (cost shown as unknown when the store does not say).",
  run: async (args, ctx) => {
    const { db, workspace, json } = await openWorkspace(args, ctx, usage);
    const items = (await listCatalog(db, workspace.id)).map(presentVariant);
    if (json) ctx.out(JSON.stringify({ items }));
    else {
      for (const v of items)
        ctx.out(
          `${v.id}\t${v.title}\t${formatMoney(v.price_minor, v.currency)}\tcost ${v.cost_minor === null ? 'unknown' : formatMoney(v.cost_minor, v.currency)}\tstock ${v.inventory ?? 'not tracked'}${v.available ? '' : '\t(no longer listed)'}`,
        );
      if (items.length === 0) ctx.out('No catalog yet: run microreach catalog sync.');
    }
    return 0;
  },
};
