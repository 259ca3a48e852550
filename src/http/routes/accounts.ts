// GET /api/v1/accounts/:id/picture: the profile picture from the local cache (see cached-picture.ts).
import { join } from 'node:path';
import { Hono } from 'hono';
import { AppError } from '../../core/app-error.ts';
import { cachedPicture } from '../../services/creators/cached-picture.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { parseWith } from '../validate.ts';

export const accountRoutes = new Hono<AppEnv>().get('/:id/picture', async (c) => {
  const { id } = parseWith(idParam, c.req.param(), 'path');
  const { db, config } = c.get('deps');
  const picture = await cachedPicture(db, id, { dir: join(config.dataDir, 'pictures') });
  if (!picture) throw new AppError('not_found', `Account ${id} has no picture that can be shown`);
  return c.body(new Uint8Array(picture.bytes), 200, {
    'content-type': picture.type, 'cache-control': 'private, max-age=86400', 'x-content-type-options': 'nosniff',
  });
});
