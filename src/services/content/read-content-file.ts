// A story upload's file or insights screenshot for a member of the workspace: looked up in the caller's workspace
// only (another workspace's id is "not found", never its file), read from under <data dir>/portal-stories/<ws>/.
// The type is the one checked against the file's first bytes when it was stored (store-portal-file.ts).
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { findContentFile } from '../../storage/content/find-content-file.ts';
import { MEDIA_TYPES } from './store-portal-file.ts';

export async function readContentFile(
  db: DB,
  dataDir: string,
  workspaceId: number,
  contentId: number,
  which: 'media' | 'insights',
): Promise<{ bytes: Buffer; type: string }> {
  const found = await findContentFile(db, workspaceId, contentId, which);
  const what = which === 'media' ? 'Story file' : 'Insights screenshot';
  if (!found) throw notFound(`${what} of content ${contentId}`);
  // The screenshot's type was not stored: its name carries the extension chosen from the checked type.
  const ext = found.path.split('.').pop();
  const type = found.type ?? Object.keys(MEDIA_TYPES).find((t) => MEDIA_TYPES[t]!.ext === ext);
  const base = resolve(dataDir, 'portal-stories', String(workspaceId));
  const file = resolve(dataDir, found.path);
  // Paths are ours, but a file outside the workspace's folder is never served.
  if (!type || !file.startsWith(base + sep)) throw notFound(`${what} of content ${contentId}`);
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw notFound(`${what} of content ${contentId} (gone from the data directory)`);
    throw e;
  });
  return { bytes, type };
}
