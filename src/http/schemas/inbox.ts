// The inbox API: email threads with creators, one thread, and an answer written in the app.
import { z } from 'zod';

export const inboxThreadSchema = z.object({
  thread_root: z.string().describe('Message-ID of the first email of the thread'),
  creator_id: z.number().int().nullable().describe('null: a sender the workspace could not match to a creator'),
  creator_name: z.string().nullable(),
  subject: z.string(),
  last_at: z.string(),
  last_message_id: z.number().int().describe('open the thread with GET /api/v1/inbox/{id}'),
  messages: z.number().int(),
  unread: z.number().int().describe('received emails not opened yet'),
});

export const inboxListSchema = z.object({ threads: z.array(inboxThreadSchema) });

export const inboxMessageSchema = z.object({
  id: z.number().int(),
  direction: z.enum(['in', 'out']),
  kind: z.string().describe('step | manual | reply | bounce | auto_reply'),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  body_text: z.string(),
  status: z.string(),
  at: z.string(),
  read_at: z.string().nullable(),
});

export const inboxThreadDetailSchema = z.object({
  thread_root: z.string(),
  creator_id: z.number().int().nullable(),
  messages: z.array(inboxMessageSchema),
});

export const inboxReplyBody = z.object({ body: z.string().trim().min(1).max(20_000) }).strict();

export const inboxReplySchema = z.object({
  id: z.number().int(),
  message_id: z.string(),
  status: z.string().describe('sent | failed | unknown'),
  error: z.string().nullable(),
});

export const inboxReadSchema = z.object({ marked: z.number().int() });

export type InboxListBody = z.infer<typeof inboxListSchema>;
export type InboxThreadBody = z.infer<typeof inboxThreadDetailSchema>;
export type InboxReadBody = z.infer<typeof inboxReadSchema>;
export type InboxReplyBody = z.infer<typeof inboxReplySchema>;
