import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInboundMail } from '../../src/connectors/mail/imap-parse-message.ts';
import { classifyInbound } from '../../src/core/outreach/classify-inbound.ts';
import { isOptOutReply } from '../../src/core/outreach/classify-inbound-opt-out.ts';
import { threadCandidates } from '../../src/core/outreach/match-thread.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/mail/${name}.eml`, import.meta.url));
const classify = async (name: string) => classifyInbound(await parseInboundMail(fixture(name)));

describe('classifying received mail (real notifications and replies, test/fixtures/mail/SOURCE.md)', () => {
  it.each([
    // file, hard, status, bounced recipient
    ['lhost-postfix-01', true, '5.1.1', 'kijitora@example.org'], // Postfix: Original-Recipient wins over Final-Recipient
    ['lhost-postfix-05', false, '4.1.1', 'kijitora@example.org'], // Postfix, transient
    ['lhost-exim-29', true, '5.0.0', 'kijitora@example.co.jp'], // Exim with a delivery-status part
    ['lhost-office365-11', true, '5.1.1', 'kijitora@cr3.neko.nyaan.jp'], // Outlook.com / Office 365
    ['lhost-exchange2007-01', true, '5.1.1', 'mikeneko@example.co.jp'], // Exchange
    ['lhost-exchange2007-05', false, '4.4.7', 'gwang1@student.mlcsyd.nsw.edu.au'], // Exchange, expired in queue
    ['lhost-googleworkspace-01', null, null, 'neko-nyaan-cat-meeting@google-groups.example.com'], // Gmail: no code, no wording
    ['lhost-gmail-19', true, null, 'neko-nyaan@google.example.com'], // old Gmail: "failed permanently", X-Failed-Recipients
  ])('%s is a bounce (hard %s, status %s) of %s', async (name, hard, status, recipient) => {
    const c = await classify(name);
    expect(c.kind).toBe('bounce');
    if (c.kind !== 'bounce') return;
    expect(c.hard).toBe(hard);
    expect(c.dsn.status).toBe(status);
    expect(c.dsn.recipient).toBe(recipient);
    expect(c.reason).not.toBe('');
  });

  it('finds the Message-ID of the returned original, to thread the bounce', async () => {
    const c = await classify('lhost-office365-11');
    expect(c.kind === 'bounce' && c.dsn.originalMessageId).toMatch(/@/);
  });

  it.each([
    ['rfc3834-01', /Auto-Submitted: auto-replied/], // RFC 3834 header
    ['rfc3834-02', /Automatic reply/], // Outlook "Automatic reply:" subject, no Auto-Submitted
    ['rfc3834-03', /Auto reply/], // Apple Mail vacation
    ['rfc3834-06', /Auto-Submitted/], // Mimecast: auto-replied + Precedence: bulk
    ['ooo-de', /Automatische Antwort/],
    ['ooo-fr', /Réponse automatique/],
    ['ooo-es', /Respuesta automática/],
    ['ooo-pt', /Resposta automática/],
    ['ooo-header', /X-Autoreply/],
  ])('%s is an auto-reply (%s), which keeps the sequence going', async (name, reason) => {
    const c = await classify(name);
    expect(c.kind).toBe('auto_reply');
    expect(c.reason).toMatch(reason);
  });

  it.each(['optout-en', 'optout-fr', 'optout-de', 'optout-es', 'optout-pt'])(
    '%s is an opt-out by reply',
    async (name) => {
      expect((await classify(name)).kind).toBe('opt_out');
    },
  );

  it.each([
    'reply-gmail', // quotes our email, which itself says "unsubscribe"
    'reply-outlook-de', // Outlook quote block whose original says "stop by"
    'reply-stop-word', // starts with "Stop" but is a sentence
  ])('%s is a reply, not an opt-out', async (name) => {
    expect((await classify(name)).kind).toBe('reply');
  });

  it.each([
    ['stop', true],
    ['STOP!', true],
    ['Unsubscribe', true],
    ['please remove me from your list, thanks', true],
    ['Abmelden\n\nGesendet von meinem iPhone', true],
    ['stop sending me these please', false],
    ['Can you stop by Friday?', false],
    [`unsubscribe\n${'I would like to know more about your brand first. '.repeat(5)}`, false],
    ['', false],
  ])('opt-out words: %j → %s', (text, expected) => {
    expect(isOptOutReply(text)).toBe(expected);
  });
});

describe('thread candidates', () => {
  it('asks In-Reply-To first, then References from the nearest to the root, each once', () => {
    expect(threadCandidates('<c@x>', '<a@x> <b@x>\r\n <c@x>')).toEqual(['c@x', 'b@x', 'a@x']);
    expect(threadCandidates(null, null)).toEqual([]);
  });
});
