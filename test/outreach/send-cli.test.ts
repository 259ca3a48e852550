// The outreach commands as a script runs them: mailbox add (login checked, password never printed),
// sequence create from a file, enroll by handle, outreach run with an injected clock and its counts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { cliHarness, type CliHarness } from '../support/cli-harness.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import type { MailServers } from '../support/mail-server.ts';
import { BRAND, BRAND_PASSWORD, PUBLIC_ORIGIN, SECRET_KEY, startWorldMail } from './support/outreach-world.ts';

describe('outreach CLI', () => {
  let mail: MailServers;
  let cli: CliHarness;
  let dir: string;
  beforeAll(async () => {
    mail = await startWorldMail(3);
    cli = cliHarness({ MICROREACH_SECRET_KEY: SECRET_KEY.toString('hex'), MICROREACH_PUBLIC_ORIGIN: PUBLIC_ORIGIN });
    const db = cli.openDb();
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'glow', { name: 'Glow Shop' });
    await storeCreators(db, Number(ws.id), [
      creatorRecord({ displayName: 'Ana Lee', email: 'creator1@creators.test' }, { handle: 'ana.lee' }),
      creatorRecord({ displayName: 'Bo Kim', email: 'creator2@creators.test' }, { handle: 'bo.kim' }),
      creatorRecord({ displayName: 'Cy' }, { handle: 'cy.no.email' }),
    ]);
    await db.destroy();
    dir = mkdtempSync(join(tmpdir(), 'mr-outreach-cli-'));
  });
  afterAll(async () => {
    cli?.cleanup();
    rmSync(dir, { recursive: true, force: true });
    await mail?.stop();
  });

  it('adds a mailbox, creates and enrolls a sequence, and sends what is due', async () => {
    const bad = await cli.run([
      'mailbox',
      'add',
      '--workspace',
      'glow',
      '--from',
      `Glow <${BRAND}>`,
      '--smtp',
      mail.smtpUrl(BRAND).replace(BRAND_PASSWORD, 'nope'),
    ]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(
      /login to hello@glowshop.test@127.0.0.1:\d+ failed: the server refused the user name or password/,
    );

    const added = await cli.run([
      'mailbox',
      'add',
      '--workspace',
      'glow',
      '--from',
      `Glow <${BRAND}>`,
      '--smtp',
      mail.smtpUrl(BRAND),
      '--daily-limit',
      '1',
      '--json',
    ]);
    expect(added.code).toBe(0);
    expect(added.out).not.toContain(BRAND_PASSWORD);
    expect(JSON.parse(added.out).mailbox).toMatchObject({
      from_address: BRAND,
      smtp: expect.stringMatching(/^hello@glowshop.test@127.0.0.1:\d+$/),
      daily_limit: 1,
    });

    const file = join(dir, 'sequence.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'Hello',
        steps: [{ subject: 'Hi {{first_name}}', body: '{{brand}} says hi', delay_days: 0 }],
      }),
    );
    const created = JSON.parse(
      (await cli.run(['sequence', 'create', '--workspace', 'glow', '--file', file, '--json'])).out,
    );
    expect(created.sequence).toMatchObject({ created: true, steps: 1 });

    const enrolled = await cli.run([
      'sequence',
      'enroll',
      String(created.sequence.id),
      'instagram:ana.lee',
      'instagram:bo.kim',
      'instagram:cy.no.email',
      '--workspace',
      'glow',
      '--now',
      '2026-12-07T08:00:00Z',
      '--json',
    ]);
    const e = JSON.parse(enrolled.out);
    expect(e.enrolled).toHaveLength(2);
    expect(e.refused).toEqual([
      { creator: 'instagram:cy.no.email', reason: expect.stringMatching(/no email address/) },
    ]);

    const early = JSON.parse(
      (await cli.run(['outreach', 'run', '--workspace', 'glow', '--now', '2026-12-07T08:30:00Z', '--json'])).out,
    );
    expect(early).toMatchObject({ sent: 0, deferred: { limit: 0, hours: 2, spacing: 0 }, unknown: 0 });
    const first = JSON.parse(
      (await cli.run(['outreach', 'run', '--workspace', 'glow', '--now', '2026-12-07T09:00:00Z', '--json'])).out,
    );
    expect(first).toMatchObject({ sent: 1, deferred: { limit: 1, hours: 0, spacing: 0 }, unknown: 0 });
    const next = JSON.parse(
      (await cli.run(['outreach', 'run', '--workspace', 'glow', '--now', '2026-12-08T09:00:00Z', '--json'])).out,
    );
    expect(next).toMatchObject({ sent: 1, unknown: 0 });
    expect(
      (await mail.inbox('creator1@creators.test')).length + (await mail.inbox('creator2@creators.test')).length,
    ).toBe(2);

    const listed = JSON.parse((await cli.run(['relationships', 'list', '--workspace', 'glow', '--json'])).out);
    expect(listed.items.map((r: { emails: { sent: number } }) => r.emails.sent).sort()).toEqual([1, 1]);
  });
});
