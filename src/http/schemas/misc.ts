// Response schemas of the small routes: the caller's workspace, health, webhook intake replies.
import { z } from 'zod';

export { meSchema } from './team.ts';
import { meSchema } from './team.ts';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ dialect: z.enum(['sqlite', 'postgres']), ok: z.boolean(), ms: z.number().optional(), error: z.string().optional() }),
  secret_key: z.object({ ok: z.boolean(), error: z.string().optional() }),
});

export const webhookReplySchema = z.object({
  ok: z.boolean(), delivery_id: z.number().optional(), outcome: z.string().optional(), error: z.string().optional(), order_id: z.number().nullable().optional(),
});

export type MeBody = z.infer<typeof meSchema>;
