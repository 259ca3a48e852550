import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Outreach (issue 13 items 4–6): a workspace's own mailboxes (SMTP/IMAP secrets sealed with the
// installation key), templates, sequences of steps, creators enrolled in a sequence, every email in and
// out, and workspace-wide opt-outs. "No step is ever sent twice" is a unique key, not a hope:
// (enrollment_id, step_position) on outgoing step messages.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');
  const creator = (c: ColumnDefinitionBuilder) => c.notNull().references('creators.id').onDelete('cascade');

  await withId(db, db.schema.createTable('mailboxes'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('from_name', 'text')
    .addColumn('from_address', 'text', (c) => c.notNull())
    // Sealed (core/crypto/secret-box.ts) smtp:// and imap:// URLs with their app passwords.
    .addColumn('smtp_ciphertext', 'text', (c) => c.notNull())
    .addColumn('imap_ciphertext', 'text')
    .addColumn('daily_limit', 'integer', (c) => c.notNull())
    .addColumn('warmup_start', 'integer', (c) => c.notNull())
    .addColumn('warmup_step', 'integer', (c) => c.notNull())
    .addColumn('min_spacing_seconds', 'integer', (c) => c.notNull())
    .addColumn('jitter_percent', 'integer', (c) => c.notNull())
    .addColumn('send_from_hour', 'integer', (c) => c.notNull())
    .addColumn('send_until_hour', 'integer', (c) => c.notNull())
    // JSON array of ISO weekdays (1 = Monday … 7 = Sunday).
    .addColumn('send_days', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('first_send_on', 'text')
    .addColumn('imap_uid_validity', big)
    .addColumn('imap_last_uid', big)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('mailboxes_address', ['workspace_id', 'from_address'])
    .execute();

  await withId(db, db.schema.createTable('email_templates'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('email_templates_name', ['workspace_id', 'name'])
    .execute();

  await withId(db, db.schema.createTable('sequences'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('campaign_id', big, (c) => c.references('campaigns.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sequences_name', ['workspace_id', 'name'])
    .execute();

  await withId(db, db.schema.createTable('sequence_steps'))
    .addColumn('sequence_id', big, (c) => c.notNull().references('sequences.id').onDelete('cascade'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('delay_days', 'integer', (c) => c.notNull())
    .addUniqueConstraint('sequence_steps_position', ['sequence_id', 'position'])
    .execute();

  await withId(db, db.schema.createTable('sequence_enrollments'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('sequence_id', big, (c) => c.notNull().references('sequences.id').onDelete('cascade'))
    .addColumn('creator_id', big, creator)
    .addColumn('account_id', big, (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('mailbox_id', big, (c) => c.references('mailboxes.id').onDelete('set null'))
    // active | replied | bounced | opted_out | stage_changed | completed | stopped
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('next_position', 'integer')
    .addColumn('next_due_at', 'text')
    .addColumn('stage_at_enrollment', 'text')
    .addColumn('stop_reason', 'text')
    .addColumn('enrolled_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sequence_enrollments_creator', ['sequence_id', 'creator_id'])
    .execute();
  await db.schema
    .createIndex('sequence_enrollments_due')
    .on('sequence_enrollments')
    .columns(['workspace_id', 'status', 'next_due_at'])
    .execute();

  await withId(db, db.schema.createTable('outreach_messages'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('creator_id', big, (c) => c.references('creators.id').onDelete('set null'))
    .addColumn('mailbox_id', big, (c) => c.references('mailboxes.id').onDelete('set null'))
    .addColumn('enrollment_id', big, (c) => c.references('sequence_enrollments.id').onDelete('set null'))
    .addColumn('step_position', 'integer')
    // out | in
    .addColumn('direction', 'text', (c) => c.notNull())
    // step | manual | reply | bounce | auto_reply
    .addColumn('kind', 'text', (c) => c.notNull())
    // RFC 5322 Message-ID, without angle brackets; threads are followed by in_reply_to / references.
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('in_reply_to', 'text')
    .addColumn('references_header', 'text')
    .addColumn('thread_root', 'text', (c) => c.notNull())
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    // out: queued | sending | sent | unknown | failed; in: received
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('job_id', big, (c) => c.references('jobs.id').onDelete('set null'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outreach_messages_message_id', ['workspace_id', 'message_id'])
    .addUniqueConstraint('outreach_messages_step', ['enrollment_id', 'step_position'])
    .execute();
  await db.schema
    .createIndex('outreach_messages_creator')
    .on('outreach_messages')
    .columns(['workspace_id', 'creator_id', 'at'])
    .execute();
  await db.schema.createIndex('outreach_messages_thread').on('outreach_messages').columns(['thread_root']).execute();

  // An opt-out holds for the whole workspace: every sequence, every mailbox, every address of the creator.
  await withId(db, db.schema.createTable('contact_opt_outs'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('creator_id', big, (c) => c.references('creators.id').onDelete('cascade'))
    .addColumn('email', 'text')
    // link | reply | manual | bounce
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contact_opt_outs_creator')
    .on('contact_opt_outs')
    .columns(['workspace_id', 'creator_id'])
    .execute();
  await db.schema
    .createIndex('contact_opt_outs_email')
    .on('contact_opt_outs')
    .columns(['workspace_id', 'email'])
    .execute();
}
