// Response schema of GET /health: whether the database accepts writes (and how fast) and the secret key loads.
import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    dialect: z.enum(['sqlite', 'postgres']),
    ok: z.boolean(),
    ms: z.number().optional(),
    error: z.string().optional(),
  }),
  secret_key: z.object({ ok: z.boolean(), error: z.string().optional() }),
});
