// Response schema of GET /api/v1/me: the caller's workspace and how it signed in.
import { z } from 'zod';

export const meSchema = z.object({
  workspace: z.object({ id: z.number(), slug: z.string(), name: z.string(), currency: z.string(), is_demo: z.boolean() }),
  via: z.enum(['token', 'session', 'demo']),
});

export type MeBody = z.infer<typeof meSchema>;
