// GET /api/v1/content/:id/media and /insights: a story she uploaded from her portal and her insights screenshot,
// for members of the workspace (campaigns.read). Never cached by shared caches; never sniffed as another type.
import { Hono, type Context } from 'hono';
import { readContentFile } from '../../services/content/read-content-file.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { parseWith } from '../validate.ts';

async function serve(c: Context<AppEnv>, which: 'media' | 'insights') {
  const { id } = parseWith(idParam, c.req.param(), 'path');
  const { db, config } = c.get('deps');
  const file = await readContentFile(db, config.dataDir, c.get('actor').workspaceId, id, which);
  return c.body(new Uint8Array(file.bytes), 200, {
    'content-type': file.type,
    'cache-control': 'private, max-age=3600',
    'x-content-type-options': 'nosniff',
  });
}

export const contentFileRoutes = new Hono<AppEnv>()
  .get('/:id/media', (c) => serve(c, 'media'))
  .get('/:id/insights', (c) => serve(c, 'insights'));
