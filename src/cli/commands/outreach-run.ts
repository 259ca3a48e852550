import { AppError } from '../../core/app-error.ts';
import { jobHandlers } from '../../services/jobs/job-handlers.ts';
import { runOutreach } from '../../services/outreach/run-outreach.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { outreachDeps } from '../outreach-deps.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach outreach run --workspace W [--now ISO] [--json]';

export const outreachRunCommand: Command = {
  path: ['outreach', 'run'],
  usage,
  summary: 'Plan and send the outreach emails due now within every limit, then exit (serve does this continuously).',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      { workspace: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean', default: false } },
      usage,
    );
    const now = values.now === undefined ? new Date() : new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new AppError('bad_request', `--now "${values.now}" is not an ISO time`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const deps = outreachDeps(ctx.config);
    const summary = await runOutreach(db, { ...deps, random: Math.random }, jobHandlers(deps), workspace.id, now);
    if (values.json)
      ctx.out(JSON.stringify({ workspace: workspace.slug, now: now.toISOString(), ...summary }, null, 2));
    else {
      const d = summary.deferred;
      ctx.out(
        `${summary.sent} sent, ${summary.failed} failed; deferred: ${d.limit} by the daily limit, ${d.hours} by sending hours, ${d.spacing} by spacing; ${summary.unknown} unknown (check them: never re-sent).`,
      );
      for (const r of summary.refused) ctx.out(`  not sent: ${r.reason}`);
    }
  },
};
