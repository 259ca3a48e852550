// The import report tells the user when the imported posts include campaign content.
import { expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/command.ts';
import { printImportSummaries } from '../../src/cli/print-import-summary.ts';
import type { ImportSummary } from '../../src/services/imports/run-import.ts';

it('prints "N campaign posts found" under the file that brought them, and nothing when there are none', () => {
  const lines: string[] = [];
  const ctx = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) } as unknown as CliContext;
  const summary = (file: string, found: number, added: number): ImportSummary => ({
    importId: 1,
    kind: 'instagram',
    file,
    imported: 0,
    updated: 1,
    unchanged: 0,
    rejected: 0,
    rejections: [],
    warnings: [],
    creatorIds: [1],
    campaignPosts: { found, added },
  });
  expect(printImportSummaries(ctx, [summary('a.json', 3, 1), summary('b.json', 0, 0)], false)).toBe(0);
  expect(lines).toEqual([
    'a.json: 0 imported, 1 updated, 0 unchanged, 0 rejected',
    '  3 campaign posts found (1 new)',
    'b.json: 0 imported, 1 updated, 0 unchanged, 0 rejected',
    'total: 0 imported, 2 updated, 0 unchanged, 0 rejected',
  ]);
});
