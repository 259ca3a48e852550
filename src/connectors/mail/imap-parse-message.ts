// One received email (its raw RFC 5322 source, as IMAP returns it) read with mailparser into the plain
// record the rest of the product uses. Header values stay as written; addresses are lower-cased.
import { type AddressObject, simpleParser } from 'mailparser';
import type { InboundFacts } from '../../core/outreach/classify-inbound.ts';

export interface InboundMail extends InboundFacts {
  /** Without angle brackets; null when the sender wrote none (the caller derives a stable one). */
  messageId: string | null;
  inReplyTo: string | null;
  references: string | null;
  to: string | null;
  fromName: string | null;
  /** The Date header as ISO UTC; null when absent or unreadable. */
  date: string | null;
}

export async function parseInboundMail(raw: Buffer | string): Promise<InboundMail> {
  const m = await simpleParser(raw, { skipHtmlToText: false, skipTextLinks: true, skipImageLinks: true });
  const headers: Record<string, string> = {};
  for (const line of m.headerLines) {
    const value = line.line
      .slice(line.line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim();
    headers[line.key] = headers[line.key] ? `${headers[line.key]}, ${value}` : value;
  }
  const from = m.from?.value[0];
  const references = Array.isArray(m.references) ? m.references.join(' ') : (m.references ?? null);
  return {
    headers,
    from: from?.address?.toLowerCase() ?? null,
    fromName: from?.name || null,
    to: firstAddress(m.to),
    subject: m.subject ?? '',
    text: m.text ?? '',
    raw: typeof raw === 'string' ? raw : raw.toString('utf8'),
    messageId: strip(m.messageId),
    inReplyTo: m.inReplyTo ?? null,
    references,
    date: m.date && !Number.isNaN(m.date.getTime()) ? m.date.toISOString() : null,
  };
}

function strip(id: string | undefined): string | null {
  const s = id?.trim().replace(/^<|>$/g, '');
  return s ? s : null;
}

function firstAddress(to: AddressObject | AddressObject[] | undefined): string | null {
  const list = Array.isArray(to) ? to : to ? [to] : [];
  return list[0]?.value[0]?.address?.toLowerCase() ?? null;
}
