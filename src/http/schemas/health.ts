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
  /** The discovery index of this process (absent when the server builds it on first use only). */
  discovery_index: z
    .object({
      state: z.enum(['not_started', 'building', 'ready', 'failed']),
      /** While building: loading its snapshot, reading the database (accounts of total), writing the snapshot. */
      step: z.enum(['loading_snapshot', 'reading_database', 'writing_snapshot']).nullable(),
      accounts: z.number().nullable(),
      total: z.number().nullable(),
      revision: z.number().nullable(),
      source: z.enum(['database', 'snapshot']).nullable(),
      build_ms: z.number().nullable(),
      /** Why the snapshot on disk was not loaded (none yet, another database, a restored one…). */
      snapshot_unused: z.string().optional(),
      /** The data revision of the snapshot on disk, kept current in the background (null: none written yet). */
      snapshot_revision: z.number().nullable().optional(),
      error: z.string().optional(),
    })
    .optional(),
  /** The demo world `serve` is writing (absent when it writes none): the small world, then the rest. */
  demo_world: z
    .object({
      state: z.enum(['preparing', 'growing']),
      phase: z.string(),
      done: z.number(),
      total: z.number(),
    })
    .optional(),
});
