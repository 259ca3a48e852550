// The "Done when" of issue 13 (send half), on SQLite and Postgres: a 3-step sequence to 20 creators
// from a mailbox limited to 8 a day, days passing on an injected clock. A worker is killed -9 while a
// step is on the wire (the server took it, the worker never heard): that step is `unknown`, reported and
// never re-sent; every creator's IMAP inbox holds each step at most once; no day exceeds the limit;
// the timeline shows her enrollment and her leaving on a stage change.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../src/services/jobs/job-handlers.ts';
import { createSequence } from '../../src/services/outreach/create-sequence.ts';
import { enrollCreators } from '../../src/services/outreach/enroll-creators.ts';
import { runOutreach } from '../../src/services/outreach/run-outreach.ts';
import { buildTimeline } from '../../src/services/relationships/build-timeline.ts';
import { setStage } from '../../src/services/relationships/change-relationship.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';
import { presentRelationship } from '../../src/presenters/present-relationship.ts';
import { listRelationships } from '../../src/storage/relationships/list-relationships.ts';
import { urlWithSearchPath } from '../support/cluster.ts';
import type { MailServers } from '../support/mail-server.ts';
import { spawnCli, waitWhileRunning } from '../support/spawn-cli.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../support/test-db.ts';
import { type HoldingProxy, startHoldingProxy } from './support/holding-smtp-proxy.ts';
import { buildWorld, header, PUBLIC_ORIGIN, SECRET_KEY, startWorldMail, type World } from './support/outreach-world.ts';

const COUNT = 20;
let mail: MailServers;
let proxy: HoldingProxy;
beforeAll(async () => {
  mail = await startWorldMail(COUNT);
  proxy = await startHoldingProxy(mail.smtpPort);
});
afterAll(async () => {
  await proxy?.stop();
  await mail?.stop();
});

const deps = { secretKey: SECRET_KEY, publicOrigin: PUBLIC_ORIGIN };
const MONDAY = Date.parse('2026-12-07T00:00:00Z');
const at = (day: number, minutes: number) => new Date(MONDAY + day * 86_400_000 + minutes * 60_000);
// Runs every 2.5 minutes from 8:55 to 9:30: more than 8 spaced sends fit, so the limit is what stops them.
const RUNS = Array.from({ length: 15 }, (_, i) => 8 * 60 + 55 + i * 2.5);

describe.each(testDialects)('a 3-step sequence to 20 creators on %s', (dialect) => {
  let t: TestDatabase;
  let world: World;
  let dir: string;
  let databaseUrl: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-outreach-'));
    t = await openTestDatabase(dialect, dialect === 'sqlite' ? { file: join(dir, 'db.sqlite') } : {});
    if (dialect === 'sqlite') databaseUrl = join(dir, 'db.sqlite');
    else {
      const schema = await sql<{ s: string }>`select current_schema() as s`.execute(t.db);
      databaseUrl = urlWithSearchPath(process.env.TEST_DATABASE_URL!, schema.rows[0]!.s);
    }
    world = await buildWorld(t.db, mail, { count: COUNT, slug: `seq-${dialect}`, dailyLimit: 8, smtpPort: proxy.port });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends each step once per creator within the limit, across a kill -9 mid-send', { timeout: 240_000 }, async () => {
    const before = new Map<string, number>();
    for (const c of world.creators) before.set(c.email, (await mail.inbox(c.email)).length);
    const sequence = await createSequence(
      t.db,
      world.workspaceId,
      {
        name: 'Winter launch',
        steps: [
          { subject: 'A gift from {{brand}}', body: 'Hi {{first_name}},\nwe love @{{handle}}.', delay_days: 0 },
          { subject: 'Re: A gift from {{brand}}', body: 'Hi {{first_name}}, any thoughts?', delay_days: 2 },
          { subject: 'Re: A gift from {{brand}}', body: 'Last note, {{first_name}}.', delay_days: 2 },
        ],
      },
      at(0, 0),
    );
    const enrolled = await enrollCreators(
      t.db,
      world.workspaceId,
      sequence.id,
      world.creators.map((c) => `instagram:${c.handle}`),
      { now: at(0, 8 * 60) },
    );
    expect(enrolled.enrolled).toHaveLength(COUNT);
    expect(enrolled.refused).toEqual([]);

    const random = seededRandom(7);
    const handlers = jobHandlers(deps);
    const run = (now: Date) => runOutreach(t.db, { ...deps, random }, handlers, world.workspaceId, now);
    let killed = false;
    let stageMoved = false;
    const last = { unknown: 0 };
    for (let day = 0; day < 18; day++) {
      for (const minutes of RUNS) {
        const now = at(day, minutes);
        if (day === 1 && minutes === RUNS[3] && !killed) {
          // A worker process dies while the server holds the email it just took.
          const heldBefore = proxy.held();
          proxy.holdNext();
          const cli = spawnCli(
            ['outreach', 'run', '--workspace', `seq-${dialect}`, '--now', now.toISOString(), '--json'],
            {
              DATABASE_URL: databaseUrl,
              MICROREACH_SECRET_KEY: SECRET_KEY.toString('hex'),
              MICROREACH_PUBLIC_ORIGIN: PUBLIC_ORIGIN,
              MICROREACH_DATA_DIR: dir,
            },
          );
          await waitWhileRunning(cli, async () => proxy.held() === heldBefore + 1, 'a held send', 60_000);
          cli.child.kill('SIGKILL');
          expect((await cli.exited).signal).toBe('SIGKILL');
          killed = true;
          const sending = await t.db
            .selectFrom('outreach_messages')
            .select('status')
            .where('status', '=', 'sending')
            .execute();
          expect(sending).toHaveLength(1);
          continue;
        }
        const summary = await run(now);
        last.unknown = summary.unknown;
        expect(summary.refused).toEqual([]);
      }
      if (day === 0 && !stageMoved) {
        // A person moves the first creator on after her first email: she leaves the sequence.
        const moved = world.creators[0]!;
        const first = await t.db
          .selectFrom('outreach_messages')
          .select('status')
          .where('creator_id', '=', moved.id)
          .execute();
        if (first.length === 1) {
          await setStage(t.db, { workspaceId: world.workspaceId, userId: null }, moved.id, 'negotiating');
          stageMoved = true;
        }
      }
    }
    expect(killed).toBe(true);
    expect(last.unknown).toBe(1);

    const messages = await t.db
      .selectFrom('outreach_messages')
      .selectAll()
      .where('workspace_id', '=', world.workspaceId)
      .orderBy('id')
      .execute();
    const unknown = messages.filter((m) => m.status === 'unknown');
    expect(unknown).toHaveLength(1);
    expect(messages.filter((m) => !['sent', 'unknown'].includes(m.status))).toEqual([]);
    // Never more than 8 a day from the mailbox.
    const perDay = new Map<string, number>();
    for (const m of messages) perDay.set(m.created_at.slice(0, 10), (perDay.get(m.created_at.slice(0, 10)) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(8);

    // Every inbox: each step at most once; the sent ones exactly once, threaded under step 1.
    let delivered = 0;
    for (const c of world.creators) {
      const inbox = (await mail.inbox(c.email)).slice(before.get(c.email));
      delivered += inbox.length;
      const ids = inbox.map((raw) => header(raw, 'Message-ID'));
      expect(new Set(ids).size).toBe(ids.length);
      const mine = messages.filter((m) => Number(m.creator_id) === c.id);
      expect(new Set(mine.map((m) => m.step_position)).size).toBe(mine.length);
      for (const m of mine) expect(ids.filter((id) => id === `<${m.message_id}>`)).toHaveLength(1);
      expect(inbox).toHaveLength(mine.length);
      for (const raw of inbox.slice(1)) expect(header(raw, 'References')).toContain(`<${mine[0]!.message_id}>`);
    }
    const moved = world.creators[0]!;
    const stuck = Number(unknown[0]!.creator_id);
    const expected = (COUNT - 2) * 3 + 1 + (stuck === moved.id ? 0 : unknown[0]!.step_position!);
    expect(delivered).toBe(expected);

    // `relationships list` counts each creator's emails and her last contact.
    const listed = (await listRelationships(t.db, world.workspaceId, {})).map(presentRelationship);
    for (const c of world.creators) {
      const sent = messages.filter((m) => Number(m.creator_id) === c.id && m.status === 'sent');
      const item = listed.find((r) => r.creator_id === c.id)!;
      expect(item.emails).toEqual({ sent: sent.length, received: 0, tracked: true });
      expect(item.last_contact_at).toBe(
        sent.length === 0
          ? null
          : sent
              .map((m) => m.at)
              .sort()
              .at(-1),
      );
    }

    // The timeline shows her enrollment and why she left.
    const relationship = await t.db
      .selectFrom('relationships')
      .select('id')
      .where('workspace_id', '=', world.workspaceId)
      .where('creator_id', '=', moved.id)
      .executeTakeFirstOrThrow();
    const timeline = await buildTimeline(t.db, world.workspaceId, Number(relationship.id), moved.id);
    expect(timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['sequence_enrolled', 'stage_changed', 'sequence_left']),
    );
    expect(timeline.find((e) => e.kind === 'sequence_left')?.details).toMatchObject({ reason: 'stage_changed' });
    const statuses = await t.db
      .selectFrom('sequence_enrollments')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('sequence_id', '=', sequence.id)
      .groupBy('status')
      .execute();
    expect(Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]))).toEqual(
      stuck === moved.id ? { completed: 19, stage_changed: 1 } : { completed: 18, active: 1, stage_changed: 1 },
    );
  });
});
