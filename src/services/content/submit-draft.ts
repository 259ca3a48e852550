// A creator submits a draft for approval from her portal: a URL, or a file (bounded in size and type) written
// under <data dir>/portal-drafts/<workspace>/ with a random name; the database keeps the relative path.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { insertDraft, insertDraftComment } from '../../storage/content/content-drafts.ts';
import type { PortalSession } from '../portal/open-portal-link.ts';

export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;
/** Images and short videos, by their declared type (checked against the file's first bytes below). */
export const DRAFT_TYPES: Record<string, { ext: string; magic: (b: Buffer) => boolean }> = {
  'image/jpeg': { ext: 'jpg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 },
  'image/png': {
    ext: 'png',
    magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  'image/webp': {
    ext: 'webp',
    magic: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  'video/mp4': { ext: 'mp4', magic: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' },
  'video/quicktime': { ext: 'mov', magic: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp' },
};

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
  if ('file' in content) {
    const kind = DRAFT_TYPES[content.file.type];
    if (!kind)
      throw new AppError(
        'validation_failed',
        `Draft file: type ${content.file.type || 'unknown'} is not accepted (JPEG, PNG, WebP, MP4, MOV)`,
        [{ path: 'file', message: 'type' }],
      );
    if (content.file.bytes.length > MAX_DRAFT_BYTES)
      throw new AppError('payload_too_large', 'Draft file: larger than 20 MiB', [
        { path: 'file', message: 'too large' },
      ]);
    if (!kind.magic(content.file.bytes))
      throw new AppError('validation_failed', `Draft file: its content is not ${content.file.type}`, [
        { path: 'file', message: 'content does not match its type' },
      ]);
    const relative = join('portal-drafts', String(s.workspaceId), `${randomBytes(16).toString('hex')}.${kind.ext}`);
    await mkdir(join(dataDir, 'portal-drafts', String(s.workspaceId)), { recursive: true });
    await writeFile(join(dataDir, relative), content.file.bytes, { flag: 'wx', mode: 0o600 });
    file = { path: relative, type: content.file.type, bytes: content.file.bytes.length };
  }
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
