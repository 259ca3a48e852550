import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { type MailServers, startMailServers } from './mail-server.ts';

describe('the test mail servers', () => {
  let mail: MailServers;
  beforeAll(async () => {
    mail = await startMailServers([
      { address: 'brand@shop.test', password: 'app-pass-1' },
      { address: 'mia@creators.test', password: 'mia-pass' },
    ]);
  });
  afterAll(async () => mail?.stop());

  it('accept authenticated mail over SMTP into the recipient’s IMAP inbox, and refuse a bad password', async () => {
    const send = nodemailer.createTransport(mail.smtpUrl('brand@shop.test'));
    await send.sendMail({ from: 'brand@shop.test', to: 'mia@creators.test', subject: 'Hello Mia', text: 'Hi!' });
    const inbox = await mail.inbox('mia@creators.test');
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatch(/Subject: Hello Mia/);
    const wrong = nodemailer.createTransport(mail.smtpUrl('brand@shop.test').replace('app-pass-1', 'nope'));
    await expect(wrong.sendMail({ from: 'brand@shop.test', to: 'mia@creators.test', text: 'x' })).rejects.toThrow(
      /Invalid/,
    );
    await expect(send.sendMail({ from: 'brand@shop.test', to: 'nobody@creators.test', text: 'x' })).rejects.toThrow(
      /No such user/,
    );
  });
});
