// After a step went out: the enrollment moves to its next step (due `delay_days` after this send) or is
// completed; the mailbox's warm-up starts counting from its first sending day.
import type { DB } from '../connect.ts';

const DAY_MS = 86_400_000;

export async function advanceEnrollment(
  db: DB,
  enrollmentId: number,
  sentPosition: number,
  sentAt: Date,
): Promise<void> {
  const e = await db
    .selectFrom('sequence_enrollments')
    .select(['sequence_id', 'next_position', 'status'])
    .where('id', '=', enrollmentId)
    .executeTakeFirst();
  if (!e || e.next_position !== sentPosition) return;
  const next = await db
    .selectFrom('sequence_steps')
    .select(['position', 'delay_days'])
    .where('sequence_id', '=', e.sequence_id)
    .where('position', '=', sentPosition + 1)
    .executeTakeFirst();
  await db
    .updateTable('sequence_enrollments')
    .set(
      next
        ? {
            next_position: next.position,
            next_due_at: new Date(sentAt.getTime() + next.delay_days * DAY_MS).toISOString(),
            updated_at: sentAt.toISOString(),
          }
        : e.status === 'active'
          ? { next_position: null, next_due_at: null, status: 'completed', updated_at: sentAt.toISOString() }
          : { next_position: null, next_due_at: null, updated_at: sentAt.toISOString() },
    )
    .where('id', '=', enrollmentId)
    .execute();
}

export async function markFirstSendDay(db: DB, mailboxId: number, day: string): Promise<void> {
  await db
    .updateTable('mailboxes')
    .set({ first_send_on: day })
    .where('id', '=', mailboxId)
    .where('first_send_on', 'is', null)
    .execute();
}
