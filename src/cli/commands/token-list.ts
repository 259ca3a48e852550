import { listApiTokens } from '../../storage/access/api-tokens.ts';
import type { Command } from '../command.ts';
import { openWorkspace } from '../open-workspace.ts';

const usage = 'microreach token list --workspace W [--json]';

export const tokenListCommand: Command = {
  path: ['token', 'list'],
  usage,
  summary: "List a workspace's API tokens: owner, scopes, last use, expiry, revocation (never the tokens themselves).",
  run: async (args, ctx) => {
    const { db, workspace, json } = await openWorkspace(args, ctx, usage);
    const rows = await listApiTokens(db, workspace.id);
    if (json) return ctx.out(JSON.stringify(rows));
    if (rows.length === 0) return ctx.out(`No tokens in workspace ${workspace.slug}.`);
    for (const t of rows) {
      const state = t.revoked_at
        ? `revoked ${t.revoked_at}`
        : t.expires_at && t.expires_at <= new Date().toISOString()
          ? `expired ${t.expires_at}`
          : 'active';
      ctx.out(
        `${String(t.id).padStart(5)}  ${t.prefix}…  ${t.name}  owner=${t.email ?? '(workspace)'}  scopes=${t.scopes ?? 'all'}  last used=${t.last_used_at ?? 'never'}  ${state}`,
      );
    }
  },
};
