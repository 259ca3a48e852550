// A small outreach world for the inbound tests, written straight into the tables outreach-send fills
// (a mailbox with its sealed IMAP URL, a sequence, enrolled creators and the first step each was sent),
// so the inbound side is tested on its own.
import { seal } from '../../src/core/crypto/secret-box.ts';
import { mailboxSecretLabel } from '../../src/core/outreach/mailbox-secret-label.ts';
import { unsealImapUrl } from '../../src/services/outreach/inbound/unseal-imap-url.ts';
import type { DB } from '../../src/storage/connect.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';

export const TEST_KEY = Buffer.alloc(32, 7);
export const unsealImap = unsealImapUrl(TEST_KEY);

export interface InboundWorld {
  workspaceId: number;
  mailboxId: number;
  creators: { id: number; email: string; enrollmentId: number; stepMessageId: string }[];
}

export async function makeInboundWorld(
  db: DB,
  o: { slug: string; brand: string; imapUrl: string; creatorEmails: string[]; now: string },
): Promise<InboundWorld> {
  const ws = await ensureWorkspace(db, o.slug);
  const workspaceId = Number(ws.id);
  const mailbox = await db
    .insertInto('mailboxes')
    .values({
      workspace_id: workspaceId,
      from_name: 'Ana at Lumen',
      from_address: o.brand,
      smtp_ciphertext: 'unused-in-inbound-tests',
      imap_ciphertext: 'set-below',
      daily_limit: 40,
      warmup_start: 10,
      warmup_step: 5,
      min_spacing_seconds: 90,
      jitter_percent: 30,
      send_from_hour: 9,
      send_until_hour: 17,
      send_days: '[1,2,3,4,5]',
      time_zone: 'UTC',
      status: 'active',
      last_error: null,
      first_send_on: null,
      imap_uid_validity: null,
      imap_last_uid: null,
      created_at: o.now,
      updated_at: o.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const mailboxId = Number(mailbox.id);
  await db
    .updateTable('mailboxes')
    .set({ imap_ciphertext: seal(TEST_KEY, o.imapUrl, mailboxSecretLabel(workspaceId, o.brand, 'imap')) })
    .where('id', '=', mailboxId)
    .execute();
  const sequence = await db
    .insertInto('sequences')
    .values({
      workspace_id: workspaceId,
      name: 'Intro',
      campaign_id: null,
      status: 'active',
      created_at: o.now,
      updated_at: o.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids = await storeCreators(
    db,
    workspaceId,
    o.creatorEmails.map(() => creatorRecord()),
  );
  const creators: InboundWorld['creators'] = [];
  for (const [i, email] of o.creatorEmails.entries()) {
    const id = ids[i] as number;
    const enrollment = await db
      .insertInto('sequence_enrollments')
      .values({
        workspace_id: workspaceId,
        sequence_id: Number(sequence.id),
        creator_id: id,
        account_id: null,
        email,
        mailbox_id: mailboxId,
        status: 'active',
        next_position: 2,
        next_due_at: o.now,
        stage_at_enrollment: 'prospect',
        stop_reason: null,
        enrolled_at: o.now,
        updated_at: o.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const stepMessageId = `step1.${o.slug}.${i}@${o.brand.split('@')[1]}`;
    await db
      .insertInto('outreach_messages')
      .values({
        workspace_id: workspaceId,
        creator_id: id,
        mailbox_id: mailboxId,
        enrollment_id: Number(enrollment.id),
        step_position: 1,
        direction: 'out',
        kind: 'step',
        message_id: stepMessageId,
        in_reply_to: null,
        references_header: null,
        thread_root: stepMessageId,
        from_address: o.brand,
        to_address: email,
        subject: 'A collab with Lumen?',
        body_text: 'Hi! Would you like to try our serum?',
        status: 'sent',
        error: null,
        job_id: null,
        at: o.now,
        created_at: o.now,
      })
      .execute();
    creators.push({ id, email, enrollmentId: Number(enrollment.id), stepMessageId });
  }
  return { workspaceId, mailboxId, creators };
}
