import { readFile } from 'node:fs/promises';
import { AppError } from '../../core/app-error.ts';
import { formatAmount } from '../../core/shared/format-amount.ts';
import { briefSchema } from '../../core/discovery/brief.ts';
import { DiscoveryEngine } from '../../search-index/discovery-engine.ts';
import { discover } from '../../services/discovery/discover.ts';
import { findWorkspaceBySlug } from '../../storage/workspaces/workspaces.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = 'microreach discover --brief FILE.json [--workspace W] [--like platform:handle[,…]] [--limit N] [--json]';

export const discoverCommand: Command = {
  path: ['discover'],
  usage,
  summary: 'Rank creators for a brand brief (or like given creators), with fit components, prices and reasons.',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        brief: { type: 'string' },
        workspace: { type: 'string' },
        like: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (!values.brief && !values.like)
      throw new AppError('bad_request', `--brief or --like is required\nusage: ${usage}`);
    let raw: Record<string, unknown> = {};
    if (values.brief) {
      const text = await readFile(values.brief, 'utf8').catch((e: Error) => {
        throw new AppError('bad_request', `Cannot read ${values.brief}: ${e.message}`);
      });
      try {
        raw = JSON.parse(text) as Record<string, unknown>;
      } catch (e) {
        throw new AppError('bad_request', `${values.brief} is not valid JSON: ${(e as Error).message}`);
      }
    }
    if (values.like)
      raw.like = [
        ...((raw.like as string[] | undefined) ?? []),
        ...values.like
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ];
    if (values.limit) raw.limit = Number(values.limit);
    const parsed = briefSchema.safeParse(raw);
    if (!parsed.success) {
      throw new AppError(
        'validation_failed',
        `Invalid brief ${values.brief ?? ''}`.trim(),
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
      );
    }
    const brief = parsed.data;
    const db = await ctx.db();
    const slug = values.workspace ?? brief.workspace ?? 'demo';
    const workspace = await findWorkspaceBySlug(db, slug);
    if (!workspace) throw new AppError('not_found', `Workspace "${slug}" does not exist`);
    const engine = await DiscoveryEngine.open(db);
    const answer = await discover(db, engine, brief, {
      workspaceId: workspace.id,
      workspaceSlug: workspace.slug,
      currency: workspace.currency,
    });
    if (values.json) {
      ctx.out(JSON.stringify(answer, null, 2));
      return;
    }
    if (answer.results.length === 0) {
      ctx.out(
        'No creator matches this brief. Loosen a filter (follower range, audience, authenticity) or add keywords.',
      );
      return;
    }
    ctx.out(
      `${answer.total_matched} creators match; the best ${answer.results.length} (${answer.took_ms} ms, index of ${engine.buildStats.accounts} accounts):`,
    );
    const ac = answer.audience_countries;
    if (ac)
      ctx.out(
        `Audience countries ${ac.countries.join(', ')}: ${ac.mode === 'filter' ? `a filter (at least ${Math.round((ac.min_share ?? 0) * 100)} % of the audience)` : 'a weight in the audience match'}.`,
      );
    answer.results.forEach((r, i) => {
      const main = r.price.deliverables[0]!;
      const money = (m: number) => formatAmount(m, r.price.currency, { whole: true });
      ctx.out(
        `${String(i + 1).padStart(3)}. ${r.fit.score.toFixed(1).padStart(5)}  ${r.platform}:${r.handle}  ${(r.followers ?? 0).toLocaleString('en-GB')} followers (${r.tier ?? 'n/a'})  ${main.deliverable} ${money(main.low)}–${money(main.high)}`,
      );
      ctx.out(`        ${r.explanation}`);
    });
  },
};
