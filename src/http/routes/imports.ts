// /api/v1/imports: upload a creator CSV (or preview how it will be read, with corrections to the column
// mapping) or a follower / commenter profile list (multipart/form-data), and list the workspace's import runs.
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import { presentImportRun, presentImportSummary } from '../../presenters/present-import.ts';
import { presentPage } from '../../presenters/present-page.ts';
import { presentImportPreview } from '../../presenters/present-import-preview.ts';
import { importCreatorCsv } from '../../services/imports/import-creator-csv.ts';
import { previewCreatorCsv } from '../../services/imports/preview-creator-csv.ts';
import { refuseInSandbox } from '../../services/access/sandbox.ts';
import { importKnownProfiles } from '../../services/imports/import-known-profiles.ts';
import { listImports } from '../../storage/imports/list-imports.ts';
import type { AppEnv } from '../context.ts';
import { pageWindow } from '../../core/page-window.ts';
import { importListQuery, importUploadSchema, MAX_IMPORT_BYTES, profileUploadSchema } from '../schemas/imports.ts';
import { parseWith } from '../validate.ts';

/** The multipart upload of an import, validated: refused before reading when it is not a form or too large. */
async function readUpload<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.infer<T>> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError('bad_request', 'Send the file as multipart/form-data in the "file" field.', [
      { path: 'file', message: 'multipart/form-data expected' },
    ]);
  }
  if (Number(c.req.header('content-length') ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) {
    throw new AppError('payload_too_large', `The upload is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB.`, [
      { path: 'file', message: 'too large' },
    ]);
  }
  const form = await c.req.parseBody().catch(() => {
    throw new AppError('bad_request', 'The upload is not a readable multipart/form-data body.', [
      { path: 'file', message: 'malformed multipart body' },
    ]);
  });
  return parseWith(schema, form, 'upload');
}

export const importRoutes = new Hono<AppEnv>()
  .post('/', async (c) => {
    const form = await readUpload(c, importUploadSchema);
    const summary = await importCreatorCsv(c.get('deps').db, {
      workspaceId: c.get('actor').workspaceId,
      fileName: form.file.name || 'upload.csv',
      content: new Uint8Array(await form.file.arrayBuffer()),
      platform: form.platform,
      observedAt: form.observed_at,
      columnOverrides: form.mapping,
    });
    return c.json(presentImportSummary(summary), 201);
  })
  .post('/preview', async (c) => {
    const form = await readUpload(c, importUploadSchema);
    const preview = previewCreatorCsv({
      fileName: form.file.name || 'upload.csv',
      content: new Uint8Array(await form.file.arrayBuffer()),
      platform: form.platform,
      observedAt: form.observed_at,
      columnOverrides: form.mapping,
    });
    return c.json(presentImportPreview(preview), 200);
  })
  .post('/profiles', async (c) => {
    // Known profiles are installation-wide (they feed every workspace's vetting).
    refuseInSandbox(c.get('actor'), 'import follower / commenter profiles, which are shared by the installation');
    const form = await readUpload(c, profileUploadSchema);
    const summary = await importKnownProfiles(c.get('deps').db, {
      fileName: form.file.name || 'profiles.csv',
      content: new Uint8Array(await form.file.arrayBuffer()),
      platform: form.platform,
      source: form.source,
    });
    return c.json(summary, 201);
  })
  .get('/', async (c) => {
    const q = parseWith(importListQuery, c.req.query(), 'query');
    const result = await listImports(c.get('deps').db, c.get('actor').workspaceId, pageWindow(q));
    return c.json(presentPage(q, result.total, result.items.map(presentImportRun)));
  });
