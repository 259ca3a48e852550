// One received email, from raw source to its consequences: parse, classify, find the thread and the
// creator, store it (idempotent by Message-ID), then act, in one transaction: a reply takes her out of
// her sequences and moves her stage; an opt-out (by reply) holds for the whole workspace; a hard bounce
// marks the address bad and takes her out. An auto-reply or a soft bounce is only stored. A message seen
// before changes nothing, so reading a mailbox twice is safe.
import { createHash } from 'node:crypto';
import { parseInboundMail } from '../../../connectors/mail/imap-parse-message.ts';
import { classifyInbound, type InboundClass } from '../../../core/outreach/classify-inbound.ts';
import { threadCandidates } from '../../../core/outreach/match-thread.ts';
import type { DB } from '../../../storage/connect.ts';
import { findCreatorByEmail } from '../../../storage/outreach/inbound/find-creator-by-email.ts';
import { findThreadMessage } from '../../../storage/outreach/inbound/find-thread-message.ts';
import { insertInboundMessage } from '../../../storage/outreach/inbound/insert-inbound-message.ts';
import { recordOptOut } from '../../../storage/relationships/opt-outs.ts';
import { advanceStageOnReply } from './advance-stage-on-reply.ts';
import type { InboundDeps } from './inbound-deps.ts';

export interface IngestInput {
  workspaceId: number;
  mailboxId: number;
  mailboxAddress: string;
  raw: Buffer | string;
  receivedAt: string | null;
  now: string;
}

export interface IngestResult {
  messageId: string;
  created: boolean;
  classification: InboundClass;
  creatorId: number | null;
  /** How the creator was found: by the thread headers, by the sender's (or bounced) address, or not. */
  matchedBy: 'thread' | 'address' | null;
  stopped: number;
}

export async function ingestInboundMail(db: DB, deps: InboundDeps, input: IngestInput): Promise<IngestResult> {
  const mail = await parseInboundMail(input.raw);
  const classification = classifyInbound(mail);
  // A message without a Message-ID still gets one stable id, so reading it again finds the same row.
  const messageId =
    mail.messageId ?? `${createHash('sha256').update(mail.raw).digest('hex').slice(0, 32)}@inbound.invalid`;
  const bounce = classification.kind === 'bounce' ? classification : null;
  const candidates = threadCandidates(mail.inReplyTo, mail.references);
  if (bounce?.dsn.originalMessageId) candidates.unshift(bounce.dsn.originalMessageId);
  const thread = await findThreadMessage(db, input.workspaceId, candidates);
  const address = bounce ? bounce.dsn.recipient : mail.from;
  const sender = thread?.creatorId == null && address ? await findCreatorByEmail(db, input.workspaceId, address) : null;
  const creatorId = thread?.creatorId ?? sender?.creatorId ?? null;
  const matchedBy: IngestResult['matchedBy'] = thread?.creatorId != null ? 'thread' : sender ? 'address' : null;

  return db.transaction().execute(async (trx) => {
    const stored = await insertInboundMessage(trx, {
      workspaceId: input.workspaceId,
      mailboxId: input.mailboxId,
      creatorId,
      enrollmentId: null,
      kind: classification.kind === 'opt_out' ? 'reply' : classification.kind,
      messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      threadRoot: thread?.threadRoot ?? messageId,
      from: mail.from ?? '',
      to: mail.to ?? input.mailboxAddress,
      subject: mail.subject,
      bodyText: mail.text,
      at: input.receivedAt ?? mail.date ?? input.now,
      now: input.now,
    });
    const result: IngestResult = {
      messageId,
      created: stored.created,
      classification,
      creatorId,
      matchedBy,
      stopped: 0,
    };
    if (!stored.created) return result;
    const stop = (reason: 'replied' | 'bounced' | 'opted_out') =>
      creatorId === null
        ? Promise.resolve(0)
        : deps.stopEnrollments(trx, { workspaceId: input.workspaceId, creatorId, reason, now: input.now });
    if (classification.kind === 'reply' && creatorId !== null) {
      result.stopped = await stop('replied');
      await advanceStageOnReply(trx, input.workspaceId, creatorId, input.now);
    } else if (classification.kind === 'opt_out' && (creatorId !== null || mail.from)) {
      await recordOptOut(trx, {
        workspaceId: input.workspaceId,
        creatorId,
        email: mail.from,
        source: 'reply',
        reason: classification.reason,
        now: input.now,
      });
      result.stopped = await stop('opted_out');
    } else if (bounce?.hard && bounce.dsn.recipient) {
      // The address is bad, not the creator: only this address is refused from now on.
      await recordOptOut(trx, {
        workspaceId: input.workspaceId,
        creatorId: null,
        email: bounce.dsn.recipient,
        source: 'bounce',
        reason: bounce.reason,
        now: input.now,
      });
      result.stopped = await stop('bounced');
    }
    return result;
  });
}
