// A creator's profile picture, fetched once from the platform's image host and served from a local
// cache afterwards (the browser never loads it from the platform: no hot-linking, no tracking).
// Only allowed hosts over https, no redirects, at most 2 MiB, and only real image bytes.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isPictureUrlAllowed, PICTURE_HOST_SUFFIXES, sniffImageType } from '../../core/shared/account-links.ts';
import type { DB } from '../../storage/connect.ts';
import { readBoundedBody } from '../../connectors/http/read-bounded-body.ts';

const MAX_BYTES = 2 * 1024 * 1024;

export interface Picture {
  bytes: Buffer;
  type: string;
}

export interface PictureOptions {
  dir: string;
  hosts?: readonly string[];
  /** Only for tests against a local server: allow http. */
  allowHttp?: boolean;
  timeoutMs?: number;
}

async function download(url: string, timeoutMs: number): Promise<Buffer | null> {
  const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) }).catch(() => null);
  if (!res || res.status !== 200 || !res.body) return null;
  return readBoundedBody(res, MAX_BYTES);
}

/** The picture of an account, or null when it has none, its host is not allowed or it is not an image. */
export async function cachedPicture(db: DB, accountId: number, options: PictureOptions): Promise<Picture | null> {
  const row = await db
    .selectFrom('accounts')
    .select('profile_picture_url')
    .where('id', '=', accountId)
    .executeTakeFirst();
  const url = row?.profile_picture_url;
  if (!url) return null;
  if (!isPictureUrlAllowed(url, options.hosts ?? PICTURE_HOST_SUFFIXES, options.allowHttp)) return null;
  const file = join(options.dir, createHash('sha256').update(url).digest('hex'));
  const cached = await readFile(file).catch(() => null);
  if (cached) {
    const type = sniffImageType(cached);
    if (type) return { bytes: cached, type };
  }
  const bytes = await download(url, options.timeoutMs ?? 5_000);
  const type = bytes && sniffImageType(bytes);
  if (!bytes || !type) return null;
  await mkdir(options.dir, { recursive: true });
  // Written whole, then renamed: a reader never sees half a file.
  await writeFile(`${file}.tmp`, bytes);
  await rename(`${file}.tmp`, file);
  return { bytes, type };
}
