import { AppError } from '../../core/app-error.ts';
import { PLATFORMS, type Platform } from '../../core/creators/creator-record.ts';
import { TIER_NAMES, tierBounds, type TierName } from '../../core/creators/tiers.ts';
import { pageWindow } from '../../core/page-window.ts';
import { presentCreator } from '../../presenters/present-creator.ts';
import { presentPage } from '../../presenters/present-page.ts';
import { listCreators } from '../../storage/creators/list-creators.ts';
import type { Workspace } from '../../storage/schema.ts';
import { includesDemo } from '../../storage/workspaces/demo-workspace.ts';
import { findWorkspaceBySlug } from '../../storage/workspaces/workspaces.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

/** The viewer id of a read outside any workspace: ids start at 1, so it owns no layer. */
const NO_WORKSPACE = 0;

const usage =
  'microreach creators list [--platform P] [--tier T] [--text Q] [--workspace W] [--include-demo] [--page N] [--limit N] [--json]';

export const creatorsListCommand: Command = {
  path: ['creators', 'list'],
  usage,
  summary: 'List creators, biggest first (filter by platform, tier, text, workspace pool).',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        platform: { type: 'string' },
        tier: { type: 'string' },
        text: { type: 'string' },
        workspace: { type: 'string' },
        'include-demo': { type: 'boolean' },
        page: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (values.platform && !PLATFORMS.includes(values.platform as Platform)) {
      throw new AppError('bad_request', `--platform must be one of ${PLATFORMS.join(', ')}, got "${values.platform}"`);
    }
    if (values.tier && !TIER_NAMES.includes(values.tier as TierName)) {
      throw new AppError('bad_request', `--tier must be one of ${TIER_NAMES.join(', ')}, got "${values.tier}"`);
    }
    const limit = intOption('limit', values.limit, 50, 1);
    const page = intOption('page', values.page, 1, 1);
    const db = await ctx.db();
    // With --workspace: that workspace's pool as it sees it (shared layer + its own). Without: the
    // shared layer only (no workspace's emails or file values), demo creators included.
    let workspace: Workspace | undefined;
    if (values.workspace) {
      workspace = await findWorkspaceBySlug(db, values.workspace);
      if (!workspace) throw new AppError('not_found', `Workspace "${values.workspace}" does not exist`);
    }
    const paging = { page, per_page: limit };
    const result = await listCreators(db, {
      viewerId: workspace?.id ?? NO_WORKSPACE,
      poolOnly: workspace !== undefined,
      includeDemo: workspace ? includesDemo(workspace.slug, values['include-demo']) : true,
      platform: values.platform as Platform | undefined,
      followers: values.tier ? tierBounds(values.tier as TierName) : undefined,
      text: values.text,
      ...pageWindow(paging),
    });
    const items = result.items.map((i) => presentCreator(i.creator, i.layer, i.accounts));
    if (values.json) {
      ctx.out(JSON.stringify({ ...presentPage(paging, result.total, items), hidden_demo: result.hiddenDemo }, null, 2));
      return;
    }
    if (items.length === 0) {
      if (result.hiddenDemo > 0) {
        ctx.out(
          `No creators of your own match (${result.hiddenDemo} demo creators are hidden: add --include-demo to see them).`,
        );
        return;
      }
      ctx.out('No creators match. Import some with `microreach import creators FILE.csv` or run `microreach demo`.');
      return;
    }
    const rows = items.flatMap((c) =>
      c.accounts.map((a) => [
        String(c.id),
        `${c.is_demo ? '[demo] ' : ''}${c.display_name ?? ''}`,
        `${a.platform}:${a.handle}`,
        a.tier ?? 'n/a',
        a.followers === null ? 'n/a' : a.followers.toLocaleString('en-GB'),
        c.country ?? '',
      ]),
    );
    const header = ['id', 'name', 'account', 'tier', 'followers', 'country'];
    const widths = header.map((h, i) => Math.min(32, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
    const line = (r: string[]) =>
      r.map((cell, i) => (i === 4 ? cell.padStart(widths[i]!) : cell.slice(0, 32).padEnd(widths[i]!))).join('  ');
    ctx.out(
      [
        line(header),
        ...rows.map(line),
        `page ${page} of ${Math.max(1, Math.ceil(result.total / limit))} (${result.total} creators)`,
      ].join('\n'),
    );
  },
};
