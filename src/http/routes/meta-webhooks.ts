// /meta-webhooks/instagram/:workspace — the Meta app's Instagram webhook (story mentions) for one workspace.
// GET answers Meta's verification handshake; POST checks X-Hub-Signature-256 on the raw bytes in constant time
// BEFORE anything is parsed or looked up (the body was already bounded while it streamed, limit-bodies.ts), then
// stores each story mention and records it as content (services/content/record-story-mentions.ts).
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { verifyHubSignature } from '../../connectors/instagram/webhooks/verify-hub-signature.ts';
import { instagramWebhookSchema, storyMentionsOf } from '../../connectors/instagram/webhooks/story-mention-payload.ts';
import { recordStoryMentions } from '../../services/content/record-story-mentions.ts';
import { findWorkspaceBySlug } from '../../storage/workspaces/workspaces.ts';
import type { AppEnv } from '../context.ts';

/** Story-mention deliveries are a few hundred bytes; a batch of many stays far under this. */
export const MAX_META_WEBHOOK_BYTES = 256 * 1024;
const CHALLENGE = /^[0-9A-Za-z_-]{1,200}$/;

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export const metaWebhookRoutes = new Hono<AppEnv>()
  .get('/instagram/:workspace', (c) => {
    const expected = c.get('deps').config.meta.verifyToken;
    const challenge = c.req.query('hub.challenge') ?? '';
    const token = c.req.query('hub.verify_token') ?? '';
    if (
      !expected ||
      c.req.query('hub.mode') !== 'subscribe' ||
      !sameText(token, expected) ||
      !CHALLENGE.test(challenge)
    )
      return c.text('Verification refused', 403);
    return c.text(challenge);
  })
  .post('/instagram/:workspace', async (c) => {
    const { db, config } = c.get('deps');
    const raw = new Uint8Array(await c.req.arrayBuffer());
    if (raw.length > MAX_META_WEBHOOK_BYTES) return c.json({ ok: false, error: 'Body too large' }, 413);
    const secret = config.meta.appSecret;
    if (!secret || !verifyHubSignature(secret, raw, c.req.header('x-hub-signature-256')))
      return c.json({ ok: false, error: 'bad signature' }, 401);
    const workspace = await findWorkspaceBySlug(db, c.req.param('workspace'));
    if (!workspace) return c.json({ ok: false, error: 'No such workspace' }, 404);
    const text = Buffer.from(raw).toString('utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return c.json({ ok: false, error: 'body is not JSON' }, 400);
    }
    const parsed = instagramWebhookSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return c.json({ ok: false, error: `not an Instagram webhook: ${issue?.path.join('.')}: ${issue?.message}` }, 400);
    }
    const counts = await recordStoryMentions(db, workspace.id, storyMentionsOf(parsed.data), text);
    return c.json({ ok: true, ...counts });
  });
