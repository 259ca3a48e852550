// Every durable job handler of the product, in one list: `serve` and the one-shot commands run these.
// Each area appends its handler here.
import { codeDeactivateJob } from '../codes/deactivate-code-job.ts';
import { codeSyncJob } from '../codes/sync-code-job.ts';
import { giftOrderJob } from '../gifts/gift-order-job.ts';
import { openImapSession } from '../../connectors/mail/imap-session.ts';
import { unsealImapUrl } from '../outreach/inbound/unseal-imap-url.ts';
import { watchMailboxJob } from '../outreach/inbound/watch-mailbox-job.ts';
import { sendStepJob } from '../outreach/send-step-job.ts';
import { stopEnrollments } from '../outreach/stop-enrollments.ts';
import { reminderDueJob } from '../relationships/reminder-due-job.ts';
import { webhookDeliverHandler } from '../webhooks/deliver-webhook.ts';
import type { ConnectionsConfig } from '../../config.ts';
import { refreshConnectionJob } from '../connections/refresh-connection-job.ts';
import { resolveStorySenderJob } from '../content/resolve-story-sender-job.ts';
import type { JobHandler } from './job-handler.ts';

export interface JobDeps {
  /** The installation key (sealed mailbox secrets, signed unsubscribe links). */
  secretKey: Buffer;
  /** Where people reach this installation (links in emails). */
  publicOrigin: string;
  /** Creators' connected accounts (token renewal); without it no `connection.refresh` handler runs. */
  connections?: ConnectionsConfig;
  /** Instagram Graph API base URL (story-mention senders); without it no `instagram.story_sender` handler runs. */
  instagramGraphUrl?: string;
}

export function jobHandlers(deps: JobDeps): JobHandler[] {
  return [
    sendStepJob(deps),
    // Reads each IMAP mailbox (one chain of outreach.watch jobs per mailbox). It only reads what is new and
    // comes back after a minute: the shared runner runs jobs one after another, so it must not sit in IDLE.
    watchMailboxJob(
      {
        stopEnrollments,
        openSession: openImapSession,
        imapUrl: unsealImapUrl(deps.secretKey),
        clock: () => new Date(),
      },
      { listenMs: 0, pollMs: 60_000 },
    ),
    // Task reminders at remind_at: a timeline event, and an email to the assignee when a mailbox can send.
    reminderDueJob(deps),
    // Outgoing webhooks (Standard Webhooks), retried with backoff for 3 days.
    webhookDeliverHandler({ key: () => deps.secretKey }),
    // Discount codes: created in the connected store after enrolment, deactivated when the campaign ends.
    codeSyncJob({ key: () => deps.secretKey }),
    codeDeactivateJob({ key: () => deps.secretKey }),
    // Connected accounts: renew a token before it expires and read her account again with it.
    ...(deps.connections ? [refreshConnectionJob({ key: () => deps.secretKey, connections: deps.connections })] : []),
    // Gift orders: the creator's pick becomes a zero-price order in the connected store, never twice.
    giftOrderJob({ key: () => deps.secretKey }),
    // Story mentions: a sender's Instagram-scoped id resolved to her username with the brand's token.
    ...(deps.instagramGraphUrl
      ? [resolveStorySenderJob({ key: () => deps.secretKey, graphUrl: deps.instagramGraphUrl })]
      : []),
  ];
}
