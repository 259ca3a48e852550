// Response schema of the store webhook intake (POST /webhooks/{platform}/{workspace}).
import { z } from 'zod';

export const webhookReplySchema = z.object({
  ok: z.boolean(),
  delivery_id: z.number().optional(),
  outcome: z.string().optional(),
  error: z.string().optional(),
  order_id: z.number().nullable().optional(),
});
