// The stored file of a draft, for the creator (her own link's drafts only) or the brand (the workspace's drafts).
// The path comes from our own row, but it is still resolved and checked to stay under <data dir>/portal-drafts/,
// so a bad row can never read another file. The type served is only one we accepted on upload (see
// store-portal-file.ts); anything else is served as opaque bytes.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { findDraft } from '../../storage/content/content-drafts.ts';
import { MEDIA_TYPES } from './store-portal-file.ts';

export interface DraftFile {
  bytes: Buffer;
  /** A type we accept on upload, else application/octet-stream. */
  type: string;
  /** "draft-12.jpg": built from our id and extension, never from anything the creator sent. */
  filename: string;
}

/** `enrollmentId` limits it to one creator's drafts (her portal link); null is the brand's view of the workspace. */
export async function readDraftFile(
  db: DB,
  dataDir: string,
  workspaceId: number,
  draftId: number,
  enrollmentId: number | null,
): Promise<DraftFile> {
  const draft = await findDraft(db, workspaceId, draftId);
  // Another creator's draft reads exactly like a missing one: ids must not tell her what exists.
  if (!draft || (enrollmentId !== null && Number(draft.enrollment_id) !== enrollmentId))
    throw notFound(`Draft ${draftId}`);
  if (!draft.file_path) throw notFound(`The file of draft ${draftId} (it is a link)`);
  const root = resolve(dataDir, 'portal-drafts');
  const path = resolve(dataDir, draft.file_path);
  if (!path.startsWith(root + sep)) throw notFound(`The file of draft ${draftId}`);
  const kind = draft.file_type ? MEDIA_TYPES[draft.file_type] : undefined;
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw notFound(`The file of draft ${draftId}`);
    throw error;
  });
  return {
    bytes,
    type: kind ? draft.file_type! : 'application/octet-stream',
    filename: `draft-${draftId}.${kind?.ext ?? 'bin'}`,
  };
}
