// The inbox in headless Chromium: a templated email goes out from the brand's mailbox over real SMTP, the
// creator answers from her mail client (test SMTP → Dovecot), the watcher reads it over IMAP, and the
// answer shows unread in the Inbox page; the brand opens it and answers from the app, threaded.
import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openImapSession } from '../../src/connectors/mail/imap-session.ts';
import { mergeValues } from '../../src/core/outreach/merge-values.ts';
import { renderTemplate } from '../../src/core/outreach/render-template.ts';
import type { RunningServer } from '../../src/http/start-server.ts';
import { addMailbox } from '../../src/services/outreach/add-mailbox.ts';
import { unsealImapUrl } from '../../src/services/outreach/inbound/unseal-imap-url.ts';
import { watchMailbox } from '../../src/services/outreach/inbound/watch-mailbox.ts';
import { sendEmail } from '../../src/services/outreach/send-email.ts';
import { stopEnrollments } from '../../src/services/outreach/stop-enrollments.ts';
import type { DB } from '../../src/storage/connect.ts';
import { setCurrencyRate } from '../../src/storage/currency-rates/set-currency-rate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { type MailServers, startMailServers } from '../support/mail-server.ts';
import { browserRig, type BrowserRig, hasChromium, screenshot } from '../support/browser.ts';

const BRAND = 'hello@glowshop.test';
const MIA = 'mia@creators.test';
const KEY = Buffer.alloc(32, 9);
const SHOTS = '/tmp/shots-inbox';

describe.runIf(hasChromium)('the inbox in headless Chromium', () => {
  let rig: BrowserRig;
  let db: DB;
  let mail: MailServers;
  let server: RunningServer;
  let page: Page;
  let problems: string[];
  let mailboxId: number;

  beforeAll(async () => {
    mail = await startMailServers([
      { address: BRAND, password: 'brand-pass' },
      { address: MIA, password: 'mia-pass' },
    ]);
    rig = await browserRig('web-inbox', { MICROREACH_SECRET_KEY: KEY.toString('hex') });
    db = rig.db;
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
    ({ server } = await rig.serve());
    ({ page, problems } = await rig.open());
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Open the demo workspace' }).click();
    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
    await mail?.stop();
  });

  it('shows her reply unread, opens it, and answers it from the app', async () => {
    const row = page.locator('table.inbox tbody tr').first();
    await row.getByText('1 unread').waitFor();
    expect(await row.textContent()).toContain('Mia Lopez');
    await screenshot(page, '1-inbox-unread', { dir: SHOTS });
    await row.getByRole('button', { name: /a collab with Glow Shop/ }).click();
    await page.getByText('What are the terms?').waitFor();
    await page.getByLabel('Answer').fill('Great! 300 GBP for one reel, the serum included.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.locator('article.email.out').filter({ hasText: '300 GBP for one reel' }).waitFor();
    await page.getByRole('button', { name: 'Send answer' }).waitFor();
    await screenshot(page, '2-inbox-thread-answered', { dir: SHOTS });
    await screenshot(page, '13-inbox-thread');
    const inbox = await mail.inbox(MIA);
    expect(inbox).toHaveLength(2);
    expect(inbox[1]).toMatch(/^In-Reply-To: <[^>]+@creators\.test>/im);
    expect(inbox[1]).toMatch(/^Subject: Re: Mia, a collab with Glow Shop\?/im);
    expect(problems).toEqual([]);
  });
});
