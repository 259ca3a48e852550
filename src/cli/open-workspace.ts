// What a command that acts for one workspace and may answer in JSON (`--workspace W [--json]`, nothing else)
// does first: parse its arguments, open the database and find the workspace, the same way for each of them.
import type { DB } from '../storage/connect.ts';
import type { Workspace } from '../storage/schema.ts';
import { parseCommandArgs } from './args.ts';
import type { CliContext } from './command.ts';
import { requireWorkspace } from './workspace-option.ts';

export async function openWorkspace(
  args: string[],
  ctx: CliContext,
  usage: string,
): Promise<{ db: DB; workspace: Workspace; json: boolean }> {
  const { values } = parseCommandArgs(
    args,
    { workspace: { type: 'string' }, json: { type: 'boolean', default: false } },
    usage,
  );
  const db = await ctx.db();
  return { db, workspace: await requireWorkspace(db, values.workspace, usage), json: values.json };
}
