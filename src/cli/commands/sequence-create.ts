import { AppError } from '../../core/app-error.ts';
import { readFile } from 'node:fs/promises';
import { createSequence } from '../../services/outreach/create-sequence.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach sequence create --workspace W --file SEQUENCE.json [--json]';

export const sequenceCreateCommand: Command = {
  path: ['sequence', 'create'],
  usage,
  summary: 'Create an email sequence from a file: {"name", "steps": [{"subject", "body", "delay_days"}]}.',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      { workspace: { type: 'string' }, file: { type: 'string' }, json: { type: 'boolean', default: false } },
      usage,
    );
    if (!values.file) throw new AppError('bad_request', `--file is required\nusage: ${usage}`);
    let input: unknown;
    try {
      input = JSON.parse(await readFile(values.file, 'utf8'));
    } catch (error) {
      throw new AppError('bad_request', `${values.file}: ${(error as Error).message}`);
    }
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const created = await createSequence(db, workspace.id, input, new Date());
    if (values.json) ctx.out(JSON.stringify({ workspace: workspace.slug, sequence: created }, null, 2));
    else
      ctx.out(
        `Sequence "${created.name}" ${created.created ? 'created' : 'already exists'} (id ${created.id}, ${created.steps} steps).`,
      );
  },
};
