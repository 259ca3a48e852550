import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../core/app-error.ts';
import { formatRejection } from '../../core/imports/rejection.ts';
import { parseOrderFile } from '../../connectors/files/parse-order-file.ts';
import { importOrders } from '../../services/orders/import-orders.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage =
  'microreach orders import FILE… --workspace W [--json]   (CSV with order_id, placed_at, currency, subtotal, codes, email, landing_url, refunded, cancelled_at…; or JSON of Shopify / WooCommerce orders)';

export const ordersImportCommand: Command = {
  path: ['orders', 'import'],
  usage,
  summary: 'Import orders from CSV or JSON files and attribute them (re-running changes nothing).',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      { workspace: { type: 'string' }, json: { type: 'boolean', default: false } },
      usage,
    );
    if (positionals.length === 0) throw new AppError('bad_request', `FILE is required\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const summaries = [];
    for (const file of positionals) {
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch (error) {
        throw new AppError('not_found', `Cannot read ${file}: ${(error as Error).message}`);
      }
      summaries.push(await importOrders(db, workspace.id, basename(file), parseOrderFile(file, content)));
    }
    if (values.json) ctx.out(JSON.stringify({ files: summaries }, null, 2));
    else
      for (const s of summaries) {
        ctx.out(
          `${s.file}: ${s.imported} imported, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected`,
        );
        for (const r of s.rejections.slice(0, 20)) ctx.out(`  rejected ${formatRejection(r)}`);
      }
    return summaries.some((s) => s.rejected > 0) ? 1 : 0;
  },
};
