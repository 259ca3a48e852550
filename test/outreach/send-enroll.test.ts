// Enrolling creators: email from the workspace layer; no email, an opt-out, or a merge field without a
// value refuses that creator by name while the others are enrolled; a repeat changes nothing; another
// workspace's sequence is not found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSequence } from '../../src/services/outreach/create-sequence.ts';
import { enrollCreators } from '../../src/services/outreach/enroll-creators.ts';
import { recordOptOut } from '../../src/storage/relationships/opt-outs.ts';
import type { MailServers } from '../support/mail-server.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../support/test-db.ts';
import { buildWorld, startWorldMail } from './support/outreach-world.ts';

let mail: MailServers;
beforeAll(async () => {
  mail = await startWorldMail(4);
});
afterAll(async () => mail?.stop());

describe.each(testDialects)('sequence enrollment on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(async () => t?.close());

  it('enrolls those it can and names each refusal', async () => {
    const now = new Date('2026-12-07T08:00:00Z');
    const world = await buildWorld(t.db, mail, { count: 4, slug: 'enroll', withoutEmail: [1] });
    const other = await buildWorld(t.db, mail, { count: 1, slug: 'other' });
    const [a, noEmail, optedOut, d] = world.creators as [
      (typeof world.creators)[0],
      (typeof world.creators)[0],
      (typeof world.creators)[0],
      (typeof world.creators)[0],
    ];
    await recordOptOut(t.db, {
      workspaceId: world.workspaceId,
      creatorId: optedOut.id,
      email: null,
      source: 'link',
      now: now.toISOString(),
    });
    const seq = await createSequence(
      t.db,
      world.workspaceId,
      { name: 'Intro', steps: [{ subject: 'Hi {{first_name}}', body: 'From {{brand}}', delay_days: 1 }] },
      now,
    );
    const refs = world.creators.map((c) => `instagram:${c.handle}`);
    const result = await enrollCreators(t.db, world.workspaceId, seq.id, refs, { now });
    expect(result.enrolled.map((e) => [e.creator_id, e.email, e.due_at])).toEqual([
      [a.id, a.email, '2026-12-08T08:00:00.000Z'],
      [d.id, d.email, '2026-12-08T08:00:00.000Z'],
    ]);
    expect(result.refused).toEqual([
      { creator: `instagram:${noEmail.handle}`, reason: expect.stringMatching(/no email address/) },
      { creator: `instagram:${optedOut.handle}`, reason: expect.stringMatching(/opted out/) },
    ]);
    const again = await enrollCreators(t.db, world.workspaceId, seq.id, refs.slice(0, 1), { now });
    expect(again.enrolled).toEqual([]);
    expect(again.already).toHaveLength(1);

    const coded = await createSequence(
      t.db,
      world.workspaceId,
      { name: 'Code', steps: [{ subject: 'Your code', body: 'Use {{code}}', delay_days: 0 }] },
      now,
    );
    const refused = await enrollCreators(t.db, world.workspaceId, coded.id, refs.slice(0, 1), { now });
    expect(refused.refused).toEqual([
      { creator: `instagram:${a.handle}`, reason: `Email to instagram:${a.handle} not sent: no value for {{code}}` },
    ]);

    await expect(
      createSequence(
        t.db,
        world.workspaceId,
        { name: 'Bad', steps: [{ subject: 'x', body: '{{nickname}}', delay_days: 0 }] },
        now,
      ),
    ).rejects.toThrow(/unknown merge field \{\{nickname\}\}/);
    await expect(createSequence(t.db, world.workspaceId, { name: 'Empty', steps: [] }, now)).rejects.toThrow(/steps/);
    await expect(enrollCreators(t.db, other.workspaceId, seq.id, refs.slice(0, 1), { now })).rejects.toThrow(
      /Sequence/,
    );
  });
});
