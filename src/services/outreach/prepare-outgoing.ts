// Everything an outgoing email is before it is sent: its Message-ID on the brand's domain, its place in
// a thread, the signed unsubscribe link in a footer. Stored as is, so a planned email is sent exactly as
// planned and a retry of the same row cannot change what the creator receives.
import { randomBytes } from 'node:crypto';
import { newMessageId, parseReferences, threadHeaders } from '../../core/outreach/thread-headers.ts';
import { unsubscribeUrl, withUnsubscribeFooter } from '../../core/outreach/unsubscribe-footer.ts';
import { signUnsubscribeToken } from '../../core/outreach/unsubscribe-token.ts';
import type { DB } from '../../storage/connect.ts';
import type { MailboxRow } from '../../storage/outreach/load-mailbox.ts';
import { findMessageByMessageId, type NewOutgoingMessage } from '../../storage/outreach/outgoing-messages.ts';

export interface PrepareDeps {
  secretKey: Buffer;
  publicOrigin: string;
  randomId?: () => string;
}

export interface PrepareInput {
  workspaceId: number;
  /** null: not mail to a creator (a task reminder to a colleague): no unsubscribe link. */
  creatorId: number | null;
  to: string;
  subject: string;
  body: string;
  kind: 'step' | 'manual' | 'reply';
  enrollmentId?: number | null;
  stepPosition?: number | null;
  inReplyTo?: string | null;
  jobId?: number | null;
}

export function unsubscribeLink(deps: PrepareDeps, workspaceId: number, creatorId: number, email: string): string {
  return unsubscribeUrl(deps.publicOrigin, signUnsubscribeToken(deps.secretKey, { workspaceId, creatorId, email }));
}

export async function prepareOutgoing(
  db: DB,
  deps: PrepareDeps,
  mailbox: MailboxRow,
  input: PrepareInput,
  now: Date,
): Promise<NewOutgoingMessage> {
  const messageId = newMessageId(mailbox.from_address, deps.randomId?.() ?? randomBytes(16).toString('hex'));
  const parentRow = input.inReplyTo ? await findMessageByMessageId(db, input.workspaceId, input.inReplyTo) : undefined;
  const parent = input.inReplyTo
    ? parentRow
      ? {
          messageId: parentRow.message_id,
          references: parseReferences(parentRow.references_header),
          threadRoot: parentRow.thread_root,
        }
      : { messageId: input.inReplyTo, references: [], threadRoot: input.inReplyTo }
    : null;
  const thread = threadHeaders(messageId, parent);
  const link = input.creatorId === null ? null : unsubscribeLink(deps, input.workspaceId, input.creatorId, input.to);
  return {
    workspaceId: input.workspaceId,
    creatorId: input.creatorId,
    mailboxId: mailbox.id,
    enrollmentId: input.enrollmentId ?? null,
    stepPosition: input.stepPosition ?? null,
    kind: input.kind,
    messageId,
    inReplyTo: thread.inReplyTo,
    references: thread.references,
    threadRoot: thread.threadRoot,
    from: mailbox.from_address,
    to: input.to,
    subject: input.subject,
    bodyText: link === null ? input.body : withUnsubscribeFooter(input.body, link),
    jobId: input.jobId ?? null,
    now: now.toISOString(),
  };
}
