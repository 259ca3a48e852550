// The steps due now for every mailbox of a workspace, in one query (one scan of the due index, not one
// per mailbox): active enrollments whose next step is due, whose step
// has no message yet (planned or sent), with the step's text, her vetting reply signals and the previous
// step's Message-ID (the follow-up threads under it). Indexed by sequence_enrollments_due and the
// (enrollment_id, step_position) key.
import { sql } from 'kysely';
import type { DB } from '../connect.ts';

export interface DueStep {
  enrollmentId: number;
  mailboxId: number;
  creatorId: number;
  accountId: number | null;
  email: string;
  position: number;
  subject: string;
  body: string;
  replyRate: number | null;
  medianReplyDelayHours: number | null;
  previousMessageId: string | null;
  /** The sequence's campaign: her link, code, fee and portal link come from her enrollment in it. */
  campaignId: number | null;
}

export async function loadDueSteps(db: DB, workspaceId: number, now: string): Promise<DueStep[]> {
  const rows = await db
    .selectFrom('sequence_enrollments as e')
    .innerJoin('sequences as s', 's.id', 'e.sequence_id')
    .innerJoin('sequence_steps as st', (j) =>
      j.onRef('st.sequence_id', '=', 'e.sequence_id').onRef('st.position', '=', 'e.next_position'),
    )
    .leftJoin('account_metrics as am', 'am.account_id', 'e.account_id')
    .leftJoin('outreach_messages as prev', (j) =>
      j.onRef('prev.enrollment_id', '=', 'e.id').on('prev.step_position', '=', sql<number>`e.next_position - 1`),
    )
    .select([
      'e.id',
      'e.mailbox_id',
      'e.creator_id',
      'e.account_id',
      'e.email',
      'e.next_position',
      'st.subject',
      'st.body',
      'am.reply_rate',
      'am.median_reply_delay_hours',
      'prev.message_id as previous_message_id',
      's.campaign_id',
    ])
    .where('e.workspace_id', '=', workspaceId)
    .where('e.status', '=', 'active')
    .where('e.next_due_at', '<=', now)
    .where('e.mailbox_id', 'is not', null)
    .where('s.status', '=', 'active')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('outreach_messages as m')
            .select('m.id')
            .whereRef('m.enrollment_id', '=', 'e.id')
            .whereRef('m.step_position', '=', 'e.next_position'),
        ),
      ),
    )
    .execute();
  return rows.map((r) => ({
    enrollmentId: Number(r.id),
    mailboxId: Number(r.mailbox_id),
    creatorId: Number(r.creator_id),
    accountId: r.account_id === null ? null : Number(r.account_id),
    email: r.email,
    position: Number(r.next_position),
    subject: r.subject,
    body: r.body,
    replyRate: r.reply_rate === null ? null : Number(r.reply_rate),
    medianReplyDelayHours: r.median_reply_delay_hours === null ? null : Number(r.median_reply_delay_hours),
    previousMessageId: r.previous_message_id ?? null,
    campaignId: r.campaign_id === null ? null : Number(r.campaign_id),
  }));
}

/** Earlier threads this workspace wrote to each creator, and how many she answered. */
export async function loadReplyHistory(
  db: DB,
  workspaceId: number,
  creatorIds: number[],
): Promise<Map<number, { written: number; answered: number }>> {
  const out = new Map<number, { written: number; answered: number }>();
  for (let i = 0; i < creatorIds.length; i += 500) {
    const rows = await db
      .selectFrom('outreach_messages')
      .select([
        'creator_id',
        'direction',
        'kind',
        (eb) => eb.fn.count<number>(eb.fn('distinct', [eb.ref('thread_root')]) as never).as('threads'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('creator_id', 'in', creatorIds.slice(i, i + 500))
      .where((eb) =>
        eb.or([
          eb.and([eb('direction', '=', 'out'), eb('status', '=', 'sent')]),
          eb.and([eb('direction', '=', 'in'), eb('kind', '=', 'reply')]),
        ]),
      )
      .groupBy(['creator_id', 'direction', 'kind'])
      .execute();
    for (const r of rows) {
      const id = Number(r.creator_id);
      const h = out.get(id) ?? { written: 0, answered: 0 };
      if (r.direction === 'out') h.written += Number(r.threads);
      else h.answered += Number(r.threads);
      out.set(id, h);
    }
  }
  return out;
}

/** Step emails of a mailbox planned or sent since an instant (the day's budget use), and the latest time. */
export async function mailboxStepUse(
  db: DB,
  mailboxId: number,
  since: string,
): Promise<{ today: number; lastAt: string | null }> {
  const today = await db
    .selectFrom('outreach_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('mailbox_id', '=', mailboxId)
    .where('direction', '=', 'out')
    .where('kind', '=', 'step')
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  const last = await db
    .selectFrom('outreach_messages')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('mailbox_id', '=', mailboxId)
    .where('direction', '=', 'out')
    .executeTakeFirstOrThrow();
  return { today: Number(today.n), lastAt: (last.at as string | null) ?? null };
}
