// JSON shapes of a creator CSV import (the upload's answer) and of a stored import run.
import type { Rejection } from '../core/imports/rejection.ts';
import type { CreatorCsvImportSummary } from '../services/imports/import-creator-csv.ts';
import type { ImportRun } from '../storage/schema.ts';

export function presentImportSummary(s: CreatorCsvImportSummary) {
  return {
    import_id: s.importId,
    kind: s.kind,
    file: s.file,
    imported: s.imported,
    updated: s.updated,
    unchanged: s.unchanged,
    rejected: s.rejected,
    columns: s.columns,
    rejections: s.rejections,
    warnings: s.warnings,
    creator_ids: s.creatorIds,
  };
}

export function presentImportRun(r: ImportRun) {
  return {
    id: r.id,
    kind: r.kind,
    file_name: r.file_name,
    status: r.status,
    started_at: r.started_at,
    finished_at: r.finished_at,
    imported: r.imported,
    updated: r.updated,
    unchanged: r.unchanged,
    rejected: r.rejected,
    rejections: JSON.parse(r.errors) as Rejection[],
  };
}
