// The outreach API: the workspace's mailboxes (never their secrets), sequences with their steps and
// enrollments, enrolling creators, a step previewed for one creator, and settling an unknown email.
import { z } from 'zod';
import { sequenceFileSchema } from '../../services/outreach/create-sequence.ts';

export const mailboxSchema = z.object({
  id: z.number().int(),
  from_name: z.string().nullable(),
  from_address: z.string(),
  smtp: z
    .string()
    .nullable()
    .describe('user@host:port only (the password is never returned); null: sealed with another installation key'),
  imap: z.string().nullable().describe('user@host:port; null when replies are not watched (or unreadable)'),
  daily_limit: z.number().int(),
  time_zone: z.string(),
  status: z.string().describe('active | paused | error'),
  last_error: z.string().nullable(),
});
export const mailboxListSchema = z.object({ mailboxes: z.array(mailboxSchema) });

export const addMailboxBody = z
  .object({
    from: z.string().trim().min(1).max(300).describe('"Name <address>" or an address'),
    smtp: z.string().trim().min(1).max(2000).describe('smtp://user:app-password@host:port (or smtps://)'),
    imap: z.string().trim().min(1).max(2000).optional().describe('imap://user:app-password@host:port (or imaps://)'),
    daily_limit: z.number().int().optional(),
    time_zone: z.string().trim().min(1).max(100).optional(),
  })
  .strict();
export const addedMailboxSchema = z.object({ mailbox: mailboxSchema, created: z.boolean() });

export const sequenceCountsSchema = z
  .record(z.string(), z.number().int())
  .describe('enrollments per status (active, replied, bounced, opted_out, stage_changed, completed, stopped)');
export const sequenceSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  status: z.string(),
  campaign_id: z.number().int().nullable(),
  steps: z.number().int(),
  enrollments: sequenceCountsSchema,
  created_at: z.string(),
});
export const sequenceListSchema = z.object({ sequences: z.array(sequenceSummarySchema) });

export const createSequenceBody = sequenceFileSchema.strict();
export const createdSequenceSchema = z.object({
  id: z.number().int(),
  created: z.boolean().describe('false: a sequence of that name existed and is returned unchanged'),
  name: z.string(),
  steps: z.number().int(),
});

export const enrollmentSchema = z.object({
  id: z.number().int(),
  creator_id: z.number().int(),
  creator: z.string().describe('platform:handle'),
  name: z.string().nullable(),
  email: z.string(),
  status: z.string(),
  next_position: z.number().int().nullable(),
  next_due_at: z.string().nullable(),
  stop_reason: z.string().nullable(),
  enrolled_at: z.string(),
});
export const sequenceDetailSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  status: z.string(),
  campaign_id: z.number().int().nullable(),
  steps: z.array(
    z.object({ position: z.number().int(), subject: z.string(), body: z.string(), delay_days: z.number().int() }),
  ),
  enrollments: z.array(enrollmentSchema),
});

export const enrollBody = z
  .object({
    creator_ids: z.array(z.number().int().positive()).min(1).max(1000).optional(),
    list_id: z.number().int().positive().optional(),
    mailbox_id: z.number().int().positive().optional(),
  })
  .strict()
  .refine((b) => (b.creator_ids === undefined) !== (b.list_id === undefined), {
    message: 'give creator_ids or list_id (one of them)',
    path: ['creator_ids'],
  });
export const enrollResultSchema = z.object({
  sequence_id: z.number().int(),
  enrolled: z.array(
    z.object({
      creator: z.string(),
      creator_id: z.number().int(),
      email: z.string(),
      enrollment_id: z.number().int(),
      due_at: z.string(),
    }),
  ),
  already: z.array(z.object({ creator: z.string(), enrollment_id: z.number().int(), status: z.string() })),
  refused: z.array(z.object({ creator: z.string(), reason: z.string() })),
});

export const previewQuery = z
  .object({
    position: z.coerce.number().int().min(1).describe('the step, from 1'),
    creator_id: z.coerce.number().int().positive(),
  })
  .strict();
const renderedPart = z.object({
  text: z.string().nullable().describe('null when a field is unfilled'),
  missing: z.array(z.string()).describe('merge fields with no value for her'),
  unknown: z.array(z.string()),
});
export const previewSchema = z.object({
  creator: z.string(),
  creator_id: z.number().int(),
  email: z.string().nullable().describe('null: no email in this workspace, she cannot be enrolled'),
  subject: renderedPart,
  body: renderedPart,
  sendable: z.boolean().describe('false: an unfilled field; this email would not be sent'),
  problem: z.string().nullable().describe('the unfilled fields in words'),
});

export const settleBody = z.object({ as: z.enum(['sent', 'resend']) }).strict();
export const settleResultSchema = z.object({ id: z.number().int(), status: z.string(), message_id: z.string() });

export type MailboxListBody = z.infer<typeof mailboxListSchema>;
export type AddedMailboxBody = z.infer<typeof addedMailboxSchema>;
export type SequenceListBody = z.infer<typeof sequenceListSchema>;
export type SequenceDetailBody = z.infer<typeof sequenceDetailSchema>;
export type EnrollResultBody = z.infer<typeof enrollResultSchema>;
export type PreviewBody = z.infer<typeof previewSchema>;
