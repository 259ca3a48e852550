// Answers with a file someone outside sent us (a creator's draft). Such bytes are hostile: the browser must not
// guess another type (nosniff), nothing in them may run (a CSP sandbox with no sources), and only images and
// videos we accepted are shown inline; anything else is a download.
import type { Context } from 'hono';
import type { AppEnv } from './context.ts';

export function serveHostileFile(c: Context<AppEnv>, file: { bytes: Buffer; type: string; filename: string }) {
  const inline = /^(image\/(jpeg|png|webp)|video\/(mp4|quicktime))$/.test(file.type);
  return c.body(new Uint8Array(file.bytes), 200, {
    'content-type': file.type,
    // The name is ours ("draft-12.jpg"), so it needs no escaping; quoted anyway as the header grammar wants.
    'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${file.filename}"`,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
    'cross-origin-resource-policy': 'same-origin',
  });
}
