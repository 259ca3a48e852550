// JSON shape of a creator CSV preview (POST /api/v1/imports/preview).
import type { CreatorCsvPreview, PreviewRow } from '../services/imports/preview-creator-csv.ts';

export function presentImportPreview(p: CreatorCsvPreview) {
  return {
    file: p.file,
    columns: p.columns,
    fields: [...p.fields],
    rows: p.rows.map(presentRow),
    total_rows: p.totalRows,
    rejected: p.rejected,
    warnings: p.warnings,
  };
}

function presentRow(r: PreviewRow) {
  if (r.status === 'rejected') return { row: r.row, status: r.status, creator: null, rejection: r.rejection };
  const c = r.record;
  return {
    row: r.row,
    status: r.status,
    creator: {
      display_name: c.displayName ?? null,
      email: c.email ?? null,
      country: c.country ?? null,
      language: c.language ?? null,
      categories: c.categories ?? [],
      accounts: c.accounts.map((a) => ({
        platform: a.platform,
        handle: a.handle,
        followers: a.followers ?? null,
        following: a.following ?? null,
        posts_count: a.postsCount ?? null,
        reported: Object.fromEntries(
          (a.reported ?? []).flatMap((m) => {
            const value = m.value ?? m.text;
            return value === undefined ? [] : [[m.metric, value]];
          }),
        ),
      })),
    },
    rejection: null,
  };
}
