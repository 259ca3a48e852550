// What an email that arrived in a watched mailbox is: a bounce (delivery-status notification), an
// auto-reply (out of office: it does NOT take a creator out of a sequence), an opt-out written as a
// reply, or a reply. Pure: the connector hands over the headers, the text and the raw source.
import { type DeliveryStatus, readDeliveryStatus } from './classify-inbound-dsn.ts';
import { isOptOutReply } from './classify-inbound-opt-out.ts';

export interface InboundFacts {
  /** Lower-cased header names; a repeated header's values joined by ", ". */
  headers: Record<string, string>;
  from: string | null;
  subject: string;
  text: string;
  raw: string;
}

export type InboundClass =
  | {
      kind: 'bounce';
      /** true: permanent (5.x.x), false: transient (4.x.x), null: the notification does not say (reason tells). */
      hard: boolean | null;
      reason: string;
      dsn: DeliveryStatus;
    }
  | { kind: 'auto_reply'; reason: string }
  | { kind: 'opt_out'; reason: string }
  | { kind: 'reply'; reason: string };

// Out-of-office subjects as mail programs write them (Outlook, Gmail, Apple Mail, Exchange) in the
// languages of the product's users.
const AUTO_REPLY_SUBJECT =
  /^(automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|autorespons|out of (the )?office|away from (the )?office|ooo\b|automatische antwort|abwesenheitsnotiz|abwesend|réponse automatique|absence|absent\b|respuesta automática|fuera de la oficina|resposta automática|ausente|fora do escritório|risposta automatica|fuori sede|automatisch antwoord|afwezig|autosvar|automaattinen vastaus|automatyczna odpowiedź)/i;

const BOUNCE_SUBJECT =
  /^(undeliverable|undelivered mail|undeliverable mail|delivery status notification \((failure|delay)\)|mail delivery failed|delivery failure|failure notice|returned mail|non[- ]?remis|unzustellbar|no se puede entregar|não entregue)/i;

export function classifyInbound(mail: InboundFacts): InboundClass {
  const h = mail.headers;
  const contentType = h['content-type'] ?? '';
  const fromDaemon = /^(mailer-daemon|postmaster)@/i.test(mail.from ?? '');
  const isReport = /multipart\/report/i.test(contentType) && /report-type\s*=\s*"?delivery-status/i.test(contentType);
  if (isReport || h['x-failed-recipients'] || (fromDaemon && BOUNCE_SUBJECT.test(mail.subject))) {
    const dsn = readDeliveryStatus(mail.raw, h['x-failed-recipients'] ?? null);
    return { kind: 'bounce', ...hardness(dsn, mail.text), dsn };
  }
  const auto = h['auto-submitted']?.trim().toLowerCase();
  if (auto && auto !== 'no') return { kind: 'auto_reply', reason: `Auto-Submitted: ${auto}` };
  if (h['x-autoreply'] || h['x-autorespond']) return { kind: 'auto_reply', reason: 'X-Autoreply header' };
  if (/^auto_reply$/i.test(h.precedence?.trim() ?? '')) return { kind: 'auto_reply', reason: 'Precedence: auto_reply' };
  if (AUTO_REPLY_SUBJECT.test(mail.subject.trim()))
    return { kind: 'auto_reply', reason: `out-of-office subject "${mail.subject.trim()}"` };
  if (isOptOutReply(mail.text)) return { kind: 'opt_out', reason: 'a short reply whose first line asks to stop' };
  return { kind: 'reply', reason: 'written by a person' };
}

function hardness(dsn: DeliveryStatus, text: string): { hard: boolean | null; reason: string } {
  if (dsn.status) return { hard: dsn.status.startsWith('5'), reason: `status ${dsn.status}` };
  if (/failed permanently|permanent (error|failure)/i.test(text))
    return { hard: true, reason: 'the notification says the failure is permanent' };
  if (/temporar(y|ily)|will (retry|keep trying)|delayed/i.test(text))
    return { hard: false, reason: 'the notification says the failure is temporary' };
  return { hard: null, reason: 'no status code and no wording that says permanent or temporary' };
}
