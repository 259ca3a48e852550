import { loadSecretKey } from '../../services/secrets/load-secret-key.ts';
import { syncWorkspaceCodes } from '../../services/codes/sync-workspace-codes.ts';
import type { Command } from '../command.ts';
import { openWorkspace } from '../open-workspace.ts';

const usage = 'microreach codes sync --workspace W [--json]';

export const codesSyncCommand: Command = {
  path: ['codes', 'sync'],
  usage,
  summary:
    "Create the workspace's discount codes in its connected store (retrying those that failed) and deactivate those of ended campaigns.",
  run: async (args, ctx) => {
    const { db, workspace, json } = await openWorkspace(args, ctx, usage);
    const result = await syncWorkspaceCodes(db, loadSecretKey(ctx.config), workspace.id, new Date());
    const codes = result.synced.map((r) => ({
      code_id: r.codeId,
      status: r.status,
      store_ref: r.storeRef,
      error: r.error,
    }));
    if (json) ctx.out(JSON.stringify({ codes, deactivated: result.ended.deactivated, failed: result.ended.failed }));
    else {
      for (const c of codes) ctx.out(`code ${c.code_id}: ${c.status}${c.error ? ` — ${c.error}` : ''}`);
      for (const code of result.ended.deactivated) ctx.out(`${code}: deactivated (campaign ended)`);
      for (const f of result.ended.failed) ctx.out(`${f.code}: could not deactivate — ${f.error}`);
      if (codes.length + result.ended.deactivated.length + result.ended.failed.length === 0) ctx.out('Nothing to do.');
    }
    return result.synced.some((r) => r.status === 'failed') || result.ended.failed.length > 0 ? 1 : 0;
  },
};
