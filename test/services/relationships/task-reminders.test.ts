// Task reminders as durable jobs, with the clock injected: saving a task with remind_at enqueues one
// `reminder.due` job at that time; at that time the job records `reminder_sent` on the timeline and
// emails the assignee (real SMTP into her IMAP inbox) from the workspace's mailbox; without an active
// mailbox only the event is written; a repeat, a done task or a moved reminder sends nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reminderJobKey } from '../../../src/core/relationships/reminder-job-key.ts';
import { createUser } from '../../../src/services/access/create-user.ts';
import { jobHandlers } from '../../../src/services/jobs/job-handlers.ts';
import { runDueJobs } from '../../../src/services/jobs/run-due-jobs.ts';
import { remindTask } from '../../../src/services/relationships/reminder-due-job.ts';
import { addTask, completeTask } from '../../../src/services/relationships/notes-and-tasks.ts';
import { setMailboxStatus } from '../../../src/storage/outreach/set-mailbox-status.ts';
import { type MailServers, startMailServers } from '../../support/mail-server.ts';
import { openTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import {
  BRAND,
  BRAND_PASSWORD,
  buildWorld,
  header,
  PUBLIC_ORIGIN,
  SECRET_KEY,
  type World,
} from '../../outreach/support/outreach-world.ts';

const ANA = 'ana@glowshop.test';
const AT = '2026-12-08T09:00:00.000Z';

describe('task reminders (reminder.due jobs, sqlite)', () => {
  let mail: MailServers;
  let t: TestDatabase;
  let world: World;
  let anaId: number;
  const handlers = jobHandlers({ secretKey: SECRET_KEY, publicOrigin: PUBLIC_ORIGIN });
  const run = (iso: string) => runDueJobs(t.db, handlers, { now: new Date(iso), workspaceId: world.workspaceId });
  const events = async (kind: string) =>
    (
      await t.db
        .selectFrom('relationship_events')
        .select(['details', 'at'])
        .where('workspace_id', '=', world.workspaceId)
        .where('kind', '=', kind)
        .orderBy('id')
        .execute()
    ).map((e) => ({ ...JSON.parse(e.details), at: e.at }));

  beforeAll(async () => {
    mail = await startMailServers([
      { address: BRAND, password: BRAND_PASSWORD },
      { address: ANA, password: 'ana-pass' },
    ]);
    t = await openTestDatabase('sqlite');
    world = await buildWorld(t.db, mail, { count: 2 });
    anaId = (
      await createUser(t.db, { email: ANA, password: 'correct horse battery', workspace: 'glow', role: 'member' })
    ).userId;
  });
  afterAll(async () => {
    await t?.close();
    await mail?.stop();
  });

  it('enqueues one job at remind_at and, at that time, records the event and emails the assignee once', async () => {
    const mia = world.creators[0]!;
    const who = { workspaceId: world.workspaceId, userId: anaId };
    const taskId = await addTask(t.db, who, mia.id, {
      title: 'Send Mia the contract',
      due_on: '2026-12-09',
      assignee_user_id: anaId,
      remind_at: '2026-12-08T10:00:00+01:00',
    });
    const jobs = await t.db.selectFrom('jobs').selectAll().where('kind', '=', 'reminder.due').execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ idempotency_key: reminderJobKey(taskId, AT), run_at: AT, status: 'queued' });

    expect((await run('2026-12-08T08:59:59.000Z')).claimed).toBe(0);
    expect(await events('reminder_sent')).toEqual([]);

    expect(await run(AT)).toMatchObject({ claimed: 1, done: 1 });
    expect(await events('reminder_sent')).toEqual([
      expect.objectContaining({ task_id: taskId, remind_at: AT, emailed_to: ANA, not_emailed: null, at: AT }),
    ]);
    const inbox = await mail.inbox(ANA);
    expect(inbox).toHaveLength(1);
    const raw = inbox[0]!;
    expect(header(raw, 'Subject')).toBe('Reminder: Send Mia the contract');
    expect(header(raw, 'From')).toContain(BRAND);
    // Mail to a colleague is not outreach: no unsubscribe link or headers.
    expect(header(raw, 'List-Unsubscribe')).toBeUndefined();
    expect(raw).toContain('Due: 2026-12-09');

    // Again: the job is done; running the reminder itself once more changes nothing.
    expect((await run('2026-12-08T12:00:00.000Z')).claimed).toBe(0);
    const deps = { secretKey: SECRET_KEY, publicOrigin: PUBLIC_ORIGIN, now: () => new Date(AT) };
    expect(await remindTask(t.db, deps, world.workspaceId, taskId, AT)).toMatchObject({ status: 'skipped' });
    expect(await events('reminder_sent')).toHaveLength(1);
    expect(await mail.inbox(ANA)).toHaveLength(1);
  });

  it('records only the event when the workspace has no active mailbox, and skips a done task', async () => {
    const mia = world.creators[1]!;
    const who = { workspaceId: world.workspaceId, userId: anaId };
    const at = '2026-12-10T09:00:00.000Z';
    const noMail = await addTask(t.db, who, mia.id, { title: 'Call Mia', assignee_user_id: anaId, remind_at: at });
    const done = await addTask(t.db, who, mia.id, { title: 'Already done', assignee_user_id: anaId, remind_at: at });
    await completeTask(t.db, who, done);
    await setMailboxStatus(t.db, world.workspaceId, world.mailboxId, 'paused', at);

    expect(await run(at)).toMatchObject({ claimed: 2, done: 2 });
    const recorded = (await events('reminder_sent')).filter((e) => e.remind_at === at);
    expect(recorded).toEqual([
      expect.objectContaining({
        task_id: noMail,
        emailed_to: null,
        not_emailed: 'no active mailbox in this workspace',
      }),
    ]);
    expect(await mail.inbox(ANA)).toHaveLength(1);
    await setMailboxStatus(t.db, world.workspaceId, world.mailboxId, 'active', at);
  });
});
