import type {
  ImportPayloadsOptions,
  PayloadFile,
  PayloadPlatform,
} from '../../services/imports/import-platform-payloads.ts';
import { importPlatformPayloads } from '../../services/imports/import-platform-payloads.ts';
import { ensureWorkspace } from '../../storage/workspaces/workspaces.ts';
import type { CliContext } from '../command.ts';
import { printImportSummaries } from '../print-import-summary.ts';
import { progressBar } from '../progress.ts';

/** Imports payload files into a workspace and prints the summary; returns the exit code. */
export async function runPayloadImport(
  ctx: CliContext,
  platform: PayloadPlatform,
  files: PayloadFile[],
  options: { workspace: string; json: boolean } & Omit<ImportPayloadsOptions, 'workspaceId' | 'onProgress'>,
): Promise<number> {
  const db = await ctx.db();
  const workspace = await ensureWorkspace(db, options.workspace);
  const progress = ctx.interactive && !options.json ? progressBar(`${platform}`) : undefined;
  const { workspace: _slug, json, ...rest } = options;
  const summary = await importPlatformPayloads(db, platform, files, {
    ...rest,
    workspaceId: workspace.id,
    onProgress: progress?.update,
  });
  progress?.done();
  return printImportSummaries(ctx, [summary], json);
}
