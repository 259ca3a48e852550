// npm run bench:outreach — planning a day of outreach at scale: 100,000 creators enrolled in a 3-step
// sequence across 50 mailboxes (40 a day each), on a SQLite file. Prints the time to plan the day
// (planSends: one due-steps query per mailbox, ranked in memory, 2,000 messages + jobs written) next to
// a naive baseline that asks the database about each enrollment one by one, and the database size per
// enrolled creator (page_count × page_size / enrolled).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { seal } from '../src/core/crypto/secret-box.ts';
import { mailboxSecretLabel } from '../src/core/outreach/mailbox-secret-label.ts';
import { planSends } from '../src/services/outreach/plan-sends.ts';
import { connect } from '../src/storage/connect.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { seededRandom } from '../src/core/seeded-random.ts';

const CREATORS = Number(process.env.BENCH_CREATORS ?? 100_000);
const MAILBOXES = Number(process.env.BENCH_MAILBOXES ?? 50);
const key = Buffer.alloc(32, 1);
const dir = mkdtempSync(join(tmpdir(), 'mr-bench-outreach-'));
const file = join(dir, 'bench.db');
const db = connect({ dialect: 'sqlite', file });
try {
  await migrateToLatest(db);
  const t0 = '2026-11-01T00:00:00.000Z';
  const ws = await db
    .insertInto('workspaces')
    .values({ slug: 'bench', name: 'Bench Shop', currency: 'USD', created_at: t0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const workspaceId = Number(ws.id);
  const mailboxIds: number[] = [];
  for (let i = 0; i < MAILBOXES; i++) {
    const address = `sender${i}@bench.test`;
    const row = await db
      .insertInto('mailboxes')
      .values({
        workspace_id: workspaceId,
        from_name: 'Bench',
        from_address: address,
        smtp_ciphertext: seal(
          key,
          `smtp://${address}:x@127.0.0.1:2525`,
          mailboxSecretLabel(workspaceId, address, 'smtp'),
        ),
        imap_ciphertext: null,
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
        first_send_on: '2026-11-02',
        imap_uid_validity: null,
        imap_last_uid: null,
        created_at: t0,
        updated_at: t0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    mailboxIds.push(Number(row.id));
  }
  const seq = await db
    .insertInto('sequences')
    .values({
      workspace_id: workspaceId,
      name: 'Bench',
      campaign_id: null,
      status: 'active',
      created_at: t0,
      updated_at: t0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('sequence_steps')
    .values(
      [0, 3, 4].map((delay, i) => ({
        sequence_id: Number(seq.id),
        workspace_id: workspaceId,
        position: i + 1,
        subject: `Step ${i + 1} from {{brand}}`,
        body: 'Hi {{first_name}}, a note from {{brand}}.',
        delay_days: delay,
      })),
    )
    .execute();
  const seeding = performance.now();
  for (let start = 0; start < CREATORS; start += 5_000) {
    await db.transaction().execute(async (trx) => {
      const n = Math.min(5_000, CREATORS - start);
      const ids: number[] = [];
      for (let i = 0; i < n; i += 500) {
        const rows = await trx
          .insertInto('creators')
          .values(
            Array.from({ length: Math.min(500, n - i) }, (_, j) => ({
              display_name: `Creator ${start + i + j}`,
              email: null,
              country: null,
              language: null,
              demo: null,
              created_at: t0,
              updated_at: t0,
            })),
          )
          .returning('id')
          .execute();
        ids.push(...rows.map((r) => Number(r.id)));
      }
      for (let i = 0; i < ids.length; i += 500)
        await trx
          .insertInto('sequence_enrollments')
          .values(
            ids.slice(i, i + 500).map((creatorId, j) => ({
              workspace_id: workspaceId,
              sequence_id: Number(seq.id),
              creator_id: creatorId,
              account_id: null,
              email: `c${start + i + j}@creators.test`,
              mailbox_id: mailboxIds[(start + i + j) % MAILBOXES]!,
              status: 'active',
              next_position: 1,
              next_due_at: '2026-12-07T08:00:00.000Z',
              stage_at_enrollment: null,
              stop_reason: null,
              enrolled_at: t0,
              updated_at: t0,
            })),
          )
          .execute();
    });
  }
  console.log(
    `seeded ${CREATORS.toLocaleString('en-US')} enrolled creators across ${MAILBOXES} mailboxes in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );
  await sql`analyze`.execute(db);
  const now = new Date('2026-12-07T09:00:00.000Z');

  // Baseline: the naive plan asks about each due enrollment one by one (step, earlier message, metrics).
  const naiveStart = performance.now();
  const due = await db
    .selectFrom('sequence_enrollments')
    .select(['id', 'sequence_id', 'next_position', 'account_id'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'active')
    .where('next_due_at', '<=', now.toISOString())
    .execute();
  let naiveDue = 0;
  for (const e of due) {
    const step = await db
      .selectFrom('sequence_steps')
      .select(['subject', 'body'])
      .where('sequence_id', '=', e.sequence_id)
      .where('position', '=', Number(e.next_position))
      .executeTakeFirst();
    const sent = await db
      .selectFrom('outreach_messages')
      .select('id')
      .where('enrollment_id', '=', e.id)
      .where('step_position', '=', Number(e.next_position))
      .executeTakeFirst();
    await db
      .selectFrom('account_metrics')
      .select('reply_rate')
      .where('account_id', '=', Number(e.account_id ?? 0))
      .executeTakeFirst();
    if (step && !sent) naiveDue += 1;
  }
  const naiveMs = performance.now() - naiveStart;

  const planStart = performance.now();
  const plan = await planSends(
    db,
    { secretKey: key, publicOrigin: 'https://mr.bench.test', random: seededRandom(1) },
    workspaceId,
    now,
  );
  const planMs = performance.now() - planStart;
  const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(db)).rows[0]!.page_count);
  const pageSize = Number((await sql<{ page_size: number }>`pragma page_size`.execute(db)).rows[0]!.page_size);
  console.log(
    `naive per-enrollment reads (baseline, reads only, ${naiveDue.toLocaleString('en-US')} due): ${(naiveMs / 1000).toFixed(2)} s`,
  );
  console.log(
    `planSends for the day: ${(planMs / 1000).toFixed(2)} s — ${plan.planned} planned (messages + jobs written), ${plan.deferred_limit.toLocaleString('en-US')} deferred by the daily limits, ${plan.deferred_hours} by hours`,
  );
  console.log(
    `database: ${((pages * pageSize) / 1024 / 1024).toFixed(1)} MiB, ${Math.round((pages * pageSize) / CREATORS)} bytes per enrolled creator (page_count × page_size / ${CREATORS.toLocaleString('en-US')})`,
  );
} finally {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
