// GET /api/v1/accounts/:id/picture: the profile picture from the local cache (see cached-picture.ts).
import { join } from 'node:path';
import { Hono } from 'hono';
import { cachedPicture } from '../../services/creators/cached-picture.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { parseWith } from '../validate.ts';

export const accountRoutes = new Hono<AppEnv>().get('/:id/picture', async (c) => {
  const { id } = parseWith(idParam, c.req.param(), 'path');
  const { db, config } = c.get('deps');
  const picture = await cachedPicture(db, id, { dir: join(config.dataDir, 'pictures') });
  // 204, not 404: an account without a picture is normal, and the page shows initials instead.
  if (!picture) return c.body(null, 204);
  return c.body(new Uint8Array(picture.bytes), 200, {
    'content-type': picture.type,
    'cache-control': 'private, max-age=86400',
    'x-content-type-options': 'nosniff',
  });
});
