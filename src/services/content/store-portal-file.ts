// A file the creator sends from her portal (a draft, a story, an insights screenshot): its declared type must be
// one we accept AND match the file's first bytes, its size is bounded (the body was already counted while it
// streamed, http/limit-bodies.ts), and it is written under <data dir>/<folder>/<workspace>/ with a random name.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../core/app-error.ts';

export const MAX_PORTAL_FILE_BYTES = 20 * 1024 * 1024;

type Kind = { ext: string; magic: (b: Buffer) => boolean };
const ftyp = (b: Buffer) => b.subarray(4, 8).toString('latin1') === 'ftyp';
/** Images, by their declared type (checked against the file's first bytes). */
export const IMAGE_TYPES: Record<string, Kind> = {
  'image/jpeg': { ext: 'jpg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 },
  'image/png': {
    ext: 'png',
    magic: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  'image/webp': {
    ext: 'webp',
    magic: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
};
/** Images and short videos. */
export const MEDIA_TYPES: Record<string, Kind> = {
  ...IMAGE_TYPES,
  'video/mp4': { ext: 'mp4', magic: ftyp },
  'video/quicktime': { ext: 'mov', magic: ftyp },
};

const NAMES: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'video/mp4': 'MP4',
  'video/quicktime': 'MOV',
};

/** Checks and writes the file; returns its path relative to the data directory. `field` names it in errors. */
export async function storePortalFile(
  dataDir: string,
  folder: string,
  workspaceId: number,
  file: { type: string; bytes: Buffer },
  accepted: Record<string, Kind>,
  label: { name: string; field: string },
): Promise<{ path: string; type: string; bytes: number }> {
  const kind = accepted[file.type];
  if (!kind) {
    const names = Object.keys(accepted).map((t) => NAMES[t] ?? t);
    throw new AppError(
      'validation_failed',
      `${label.name}: type ${file.type || 'unknown'} is not accepted (${names.join(', ')})`,
      [{ path: label.field, message: 'type' }],
    );
  }
  if (file.bytes.length > MAX_PORTAL_FILE_BYTES)
    throw new AppError('payload_too_large', `${label.name}: larger than 20 MiB`, [
      { path: label.field, message: 'too large' },
    ]);
  if (!kind.magic(file.bytes))
    throw new AppError('validation_failed', `${label.name}: its content is not ${file.type}`, [
      { path: label.field, message: 'content does not match its type' },
    ]);
  const dir = join(folder, String(workspaceId));
  const relative = join(dir, `${randomBytes(16).toString('hex')}.${kind.ext}`);
  await mkdir(join(dataDir, dir), { recursive: true });
  await writeFile(join(dataDir, relative), file.bytes, { flag: 'wx', mode: 0o600 });
  return { path: relative, type: file.type, bytes: file.bytes.length };
}
