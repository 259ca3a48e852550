import { formatRejection } from '../core/imports/rejection.ts';
import type { ImportSummary } from '../services/imports/run-import.ts';
import type { CliContext } from './command.ts';

/** Prints one import's outcome: one JSON document with --json, else a short human report. */
export function printImportSummaries(ctx: CliContext, summaries: ImportSummary[], json: boolean): number {
  const totals = summaries.reduce(
    (t, s) => ({
      imported: t.imported + s.imported,
      updated: t.updated + s.updated,
      unchanged: t.unchanged + s.unchanged,
      rejected: t.rejected + s.rejected,
    }),
    { imported: 0, updated: 0, unchanged: 0, rejected: 0 },
  );
  if (json) {
    ctx.out(
      JSON.stringify(
        {
          ...totals,
          files: summaries.map(({ creatorIds: _ids, ...s }) => s),
        },
        null,
        2,
      ),
    );
  } else {
    for (const s of summaries) {
      ctx.out(
        `${s.file}: ${s.imported} imported, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected`,
      );
      if (s.campaignPosts.found > 0)
        ctx.out(`  ${s.campaignPosts.found} campaign posts found (${s.campaignPosts.added} new)`);
      for (const w of s.warnings) ctx.out(`  note: ${w}`);
      for (const r of s.rejections.slice(0, 20)) ctx.out(`  rejected ${formatRejection(r)}`);
      if (s.rejections.length > 20) ctx.out(`  … ${s.rejections.length - 20} more rejections (use --json to see all)`);
    }
    if (summaries.length > 1)
      ctx.out(
        `total: ${totals.imported} imported, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.rejected} rejected`,
      );
  }
  // A file that yields nothing must not look like a success: say why and fail.
  const nothing = totals.imported + totals.updated + totals.unchanged === 0;
  if (nothing && totals.rejected === 0) {
    const why = summaries.flatMap((s) => s.warnings);
    ctx.err(`nothing imported: ${why.length ? why.join('; ') : 'the files hold no record microreach can read'}`);
  }
  return totals.rejected > 0 || nothing ? 1 : 0;
}
