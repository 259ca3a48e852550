// Response schema of GET /health: whether the database answers, and how fast.
import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    dialect: z.enum(['sqlite', 'postgres']), ok: z.boolean(), ms: z.number().optional(), error: z.string().optional(),
  }),
});
