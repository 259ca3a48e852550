// The inbox in headless Chromium: a templated email goes out from the brand's mailbox over real SMTP, the
// creator answers from her mail client (test SMTP → Dovecot), the watcher reads it over IMAP, and the
// answer shows unread in the Inbox page; the brand opens it and answers from the app, threaded.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openImapSession } from '../../src/connectors/mail/imap-session.ts';
import { mergeValues } from '../../src/core/outreach/merge-values.ts';
import { renderTemplate } from '../../src/core/outreach/render-template.ts';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { addMailbox } from '../../src/services/outreach/add-mailbox.ts';
import { unsealImapUrl } from '../../src/services/outreach/inbound/unseal-imap-url.ts';
import { watchMailbox } from '../../src/services/outreach/inbound/watch-mailbox.ts';
import { sendEmail } from '../../src/services/outreach/send-email.ts';
import { stopEnrollments } from '../../src/services/outreach/stop-enrollments.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { setCurrencyRate } from '../../src/storage/currency-rates/set-currency-rate.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { type MailServers, startMailServers } from '../support/mail-server.ts';
import { hasChromium, launchChromium, screenshot, watchPage } from '../support/browser.ts';

const BRAND = 'hello@glowshop.test';
const MIA = 'mia@creators.test';
const KEY = Buffer.alloc(32, 9);
const SHOTS = '/tmp/shots-inbox';

describe.runIf(hasChromium)('the inbox in headless Chromium', () => {
  let dir: string;
  let db: DB;
  let mail: MailServers;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let mailboxId: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-web-inbox-'));
    mail = await startMailServers([
      { address: BRAND, password: 'brand-pass' },
      { address: MIA, password: 'mia-pass' },
    ]);
    const config = testConfig({
      DATABASE_URL: join(dir, 'inbox.db'),
      MICROREACH_DATA_DIR: dir,
      MICROREACH_SECRET_KEY: KEY.toString('hex'),
    });
    db = connect(config.database);
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'demo', { currency: 'GBP', name: 'Demo' });
    await setCurrencyRate(db, ws.id, 'USD', 'GBP', '0.79');
    const [mia] = await storeCreators(db, ws.id, [
      creatorRecord({ displayName: 'Mia Lopez', email: MIA }, { handle: 'mia.glows' }),
    ]);
    mailboxId = (
      await addMailbox(
        db,
        KEY,
        {
          workspaceId: ws.id,
          from: `Glow Shop <${BRAND}>`,
          smtpUrl: mail.smtpUrl(BRAND),
          imapUrl: mail.imapUrl(BRAND),
        },
        new Date(),
      )
    ).id;
    // The templated first email, rendered with her merge values and sent through the brand's mailbox.
    const values = mergeValues({ displayName: 'Mia Lopez', handle: 'mia.glows' }, 'Glow Shop');
    const subject = renderTemplate('{{first_name}}, a collab with {{brand}}?', values);
    const body = renderTemplate('Hi {{first_name}},\n\nWe love @{{handle}}. Try our serum?\n\nAna, {{brand}}', values);
    if (!subject.ok || !body.ok) throw new Error('template did not render');
    const sent = await sendEmail(
      db,
      { secretKey: KEY, publicOrigin: 'https://mr.glowshop.test', now: () => new Date() },
      {
        workspaceId: ws.id,
        mailboxId,
        creatorId: mia as number,
        to: MIA,
        subject: subject.text,
        body: body.text,
        kind: 'manual',
      },
    );
    expect(sent.status).toBe('sent');
    // She answers from her mail client.
    await nodemailer.createTransport(mail.smtpUrl(MIA)).sendMail({
      from: `Mia Lopez <${MIA}>`,
      to: BRAND,
      subject: `Re: ${subject.text}`,
      text: 'Hi Ana! I would love to. What are the terms?\n\nMia\n\n> Hi Mia, We love @mia.glows.',
      inReplyTo: `<${sent.messageId}>`,
      references: [`<${sent.messageId}>`],
    });
    const read = await watchMailbox(
      db,
      { stopEnrollments, openSession: openImapSession, imapUrl: unsealImapUrl(KEY), clock: () => new Date() },
      mailboxId,
    );
    expect(read.read).toBe(1);
    server = await startServer({ db, config }, { host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    problems = watchPage(page, server.url);
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Open the demo workspace' }).click();
    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.destroy();
    await mail?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows her reply unread, opens it, and answers it from the app', async () => {
    const row = page.locator('table.inbox tbody tr').first();
    await row.getByText('1 unread').waitFor();
    expect(await row.textContent()).toContain('Mia Lopez');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, '1-inbox-unread.png'), fullPage: true });
    await row.getByRole('button', { name: /a collab with Glow Shop/ }).click();
    await page.getByText('What are the terms?').waitFor();
    await page.getByLabel('Answer').fill('Great! 300 GBP for one reel, the serum included.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.locator('article.email.out').filter({ hasText: '300 GBP for one reel' }).waitFor();
    await page.getByRole('button', { name: 'Send answer' }).waitFor();
    await page.screenshot({ path: join(SHOTS, '2-inbox-thread-answered.png'), fullPage: true });
    await screenshot(page, '13-inbox-thread');
    const inbox = await mail.inbox(MIA);
    expect(inbox).toHaveLength(2);
    expect(inbox[1]).toMatch(/^In-Reply-To: <[^>]+@creators\.test>/im);
    expect(inbox[1]).toMatch(/^Subject: Re: Mia, a collab with Glow Shop\?/im);
    expect(problems).toEqual([]);
  });
});
