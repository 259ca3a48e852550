// A creator submits a draft for approval from her portal: a URL, or a file (bounded in size and type) written
// under <data dir>/portal-drafts/<workspace>/ with a random name; the database keeps the relative path.
import type { DB } from '../../storage/connect.ts';
import { insertDraft, insertDraftComment } from '../../storage/content/content-drafts.ts';
import type { PortalSession } from '../portal/open-portal-link.ts';
import { MAX_PORTAL_FILE_BYTES, MEDIA_TYPES, storePortalFile } from './store-portal-file.ts';

export const MAX_DRAFT_BYTES = MAX_PORTAL_FILE_BYTES;

export type DraftContent = { url: string } | { file: { type: string; bytes: Buffer } };

export async function submitDraft(
  db: DB,
  dataDir: string,
  s: PortalSession,
  content: DraftContent,
  extra: { deliverable: number | null; comment: string | null },
): Promise<number> {
  const now = new Date().toISOString();
  let file: { path: string; type: string; bytes: number } | null = null;
  if ('file' in content)
    file = await storePortalFile(dataDir, 'portal-drafts', s.workspaceId, content.file, MEDIA_TYPES, {
      name: 'Draft file',
      field: 'file',
    });
  return db.transaction().execute(async (trx) => {
    const id = await insertDraft(trx, {
      workspace_id: s.workspaceId,
      enrollment_id: s.enrollmentId,
      deliverable_index: extra.deliverable ? extra.deliverable - 1 : null,
      url: 'url' in content ? content.url : null,
      file_path: file?.path ?? null,
      file_type: file?.type ?? null,
      file_bytes: file?.bytes ?? null,
      status: 'submitted',
      created_at: now,
    });
    if (extra.comment)
      await insertDraftComment(trx, {
        draftId: id,
        workspaceId: s.workspaceId,
        author: 'creator',
        userId: null,
        body: extra.comment,
        now,
      });
    return id;
  });
}
