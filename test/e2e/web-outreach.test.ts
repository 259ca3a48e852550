// Outreach in headless Chromium, as a member: the Outreach page lists the sequence, its page previews a
// step for a creator (the rendered text, from the sending renderer) and enrolls a list (one creator
// refused, named with the reason); the API then shows the enrollment.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/start-server.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { createSequence } from '../../src/services/outreach/create-sequence.ts';
import { createFilledList } from '../../src/services/relationships/lists/create-filled-list.ts';
import type { DB } from '../../src/storage/connect.ts';
import type { MailServers } from '../support/mail-server.ts';
import { buildWorld, SECRET_KEY, startWorldMail, type World } from '../outreach/support/outreach-world.ts';
import { browserRig, type BrowserRig, hasChromium, screenshot } from '../support/browser.ts';

describe.runIf(hasChromium)('outreach in headless Chromium', () => {
  let rig: BrowserRig;
  let db: DB;
  let mail: MailServers;
  let server: RunningServer;
  let page: Page;
  let problems: string[];
  let world: World;
  let sequenceId: number;
  let token: string;

  beforeAll(async () => {
    mail = await startWorldMail(2);
    rig = await browserRig('web-outreach', { MICROREACH_SECRET_KEY: SECRET_KEY.toString('hex') });
    db = rig.db;
    // Mia has an email in the workspace's data; the second creator has none (refused when enrolled).
    world = await buildWorld(db, mail, { count: 2, withoutEmail: [1] });
    const member = await createUser(db, {
      email: 'max@glow.test',
      password: 'correct horse battery',
      workspace: 'glow',
      role: 'member',
    });
    token = (await createApiToken(db, world.workspaceId, 'check', { userId: member.userId })).token;
    sequenceId = (
      await createSequence(
        db,
        world.workspaceId,
        {
          name: 'Spring intro',
          steps: [
            {
              subject: '{{first_name}}, a collab with {{brand}}?',
              body: 'Hi {{first_name}}, we love @{{handle}}.',
              delay_days: 0,
            },
            { subject: 'Following up', body: 'Any thoughts, {{first_name}}?', delay_days: 3 },
          ],
        },
        new Date(),
      )
    ).id;
    const accounts = await db.selectFrom('accounts').select('id').orderBy('id').execute();
    await createFilledList(
      db,
      world.workspaceId,
      { name: 'Spring picks', account_ids: accounts.map((a) => Number(a.id)) },
      member.userId,
    );
    ({ server } = await rig.serve());
    ({ page, problems } = await rig.open());
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill('max@glow.test');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Outreach' }).click();
    await page.getByRole('heading', { name: 'Outreach' }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
    await mail?.stop();
  });

  it('opens a sequence, previews a step for a creator, and enrolls a list', async () => {
    const mia = world.creators[0]!;
    await page.getByRole('link', { name: 'Spring intro' }).click();
    await page.getByRole('heading', { name: 'Spring intro' }).waitFor();

    await page.getByRole('combobox', { name: 'List' }).selectOption({ label: 'Spring picks (2)' });
    await page.getByRole('combobox', { name: 'Creator' }).selectOption({ label: mia.name });
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('article', { name: 'Preview' });
    await preview.getByText('Mia, a collab with Glow Shop?').waitFor();
    expect(await preview.textContent()).toContain(`Hi Mia, we love @${mia.handle}.`);

    await page.getByRole('button', { name: 'Enroll the list' }).click();
    const status = page.getByRole('status').filter({ hasText: 'enrolled' });
    await status.waitFor();
    expect(await status.textContent()).toContain('1 enrolled, 0 already in it, 1 refused.');
    expect(await status.textContent()).toContain('no email address');
    await page.getByRole('cell', { name: mia.email }).waitFor();
    await screenshot(page, '14-outreach-sequence');

    const res = await fetch(`${server.url}/api/v1/sequences/${sequenceId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { enrollments: { creator_id: number; status: string }[] };
    expect(body.enrollments).toEqual([expect.objectContaining({ creator_id: mia.id, status: 'active' })]);
    expect(problems).toEqual([]);
  });
});
