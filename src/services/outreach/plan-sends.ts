// Plans what each mailbox of a workspace sends now: inside its sending hours, within the day's budget
// (warm-up), likeliest repliers first (reply likelihood), spaced by the mailbox's jittered gap. Each
// planned step is a `queued` message (its exact text and Message-ID) and one at-most-once
// `outreach.send` job, committed together; a step already planned or sent is never planned again.
import { dailyBudget } from '../../core/outreach/daily-budget.ts';
import { mergeValues } from '../../core/outreach/merge-values.ts';
import { renderTemplate, unfilledMessage } from '../../core/outreach/render-template.ts';
import { likelihoodPriority, replyLikelihood } from '../../core/outreach/reply-likelihood.ts';
import { sendGapMs } from '../../core/outreach/send-spacing.ts';
import {
  inSendingWindow,
  localDay,
  localTimeToInstant,
  type SendingHours,
  startOfLocalDay,
} from '../../core/outreach/sending-window.ts';
import type { DB } from '../../storage/connect.ts';
import { enqueueJob } from '../../storage/jobs/enqueue-job.ts';
import { loadDueSteps, loadReplyHistory, mailboxStepUse } from '../../storage/outreach/due-steps.ts';
import { listMailboxes, type MailboxRow } from '../../storage/outreach/load-mailbox.ts';
import { loadMergeContexts } from '../../storage/outreach/merge-context.ts';
import { beginOutgoingMessage } from '../../storage/outreach/outgoing-messages.ts';
import { isOptedOut } from '../../storage/relationships/opt-outs.ts';
import { getWorkspace } from '../../storage/workspaces/workspaces.ts';
import { type PrepareDeps, prepareOutgoing } from './prepare-outgoing.ts';
import { stopEnrollments } from './stop-enrollments.ts';
import { loadDealFactsByCampaign } from './deal-facts-by-campaign.ts';
import { createPortalLink } from '../portal/create-portal-link.ts';

export const SEND_JOB = 'outreach.send';

export interface PlanDeps extends PrepareDeps {
  random: () => number;
}

export interface PlanSummary {
  planned: number;
  deferred_limit: number;
  deferred_hours: number;
  refused: { creator_id: number; reason: string }[];
}

export const sendingHours = (m: MailboxRow): SendingHours => ({
  timeZone: m.time_zone,
  fromHour: m.send_from_hour,
  untilHour: m.send_until_hour,
  days: JSON.parse(m.send_days) as number[],
});

export async function planSends(db: DB, deps: PlanDeps, workspaceId: number, now: Date): Promise<PlanSummary> {
  const summary: PlanSummary = { planned: 0, deferred_limit: 0, deferred_hours: 0, refused: [] };
  const brand = (await getWorkspace(db, workspaceId)).name;
  const allDue = await loadDueSteps(db, workspaceId, now.toISOString());
  const dueByMailbox = new Map<number, typeof allDue>();
  for (const step of allDue) {
    const list = dueByMailbox.get(step.mailboxId);
    if (list) list.push(step);
    else dueByMailbox.set(step.mailboxId, [step]);
  }
  for (const mailbox of await listMailboxes(db, workspaceId)) {
    if (mailbox.status !== 'active') continue;
    const due = dueByMailbox.get(mailbox.id) ?? [];
    if (due.length === 0) continue;
    const hours = sendingHours(mailbox);
    if (!inSendingWindow(now, hours)) {
      summary.deferred_hours += due.length;
      continue;
    }
    const today = localDay(now, mailbox.time_zone);
    const use = await mailboxStepUse(db, mailbox.id, startOfLocalDay(now, mailbox.time_zone).toISOString());
    const budget = Math.max(
      0,
      dailyBudget(
        { dailyLimit: mailbox.daily_limit, warmupStart: mailbox.warmup_start, warmupStep: mailbox.warmup_step },
        mailbox.first_send_on,
        today,
      ) - use.today,
    );
    const history = await loadReplyHistory(
      db,
      workspaceId,
      due.map((d) => d.creatorId),
    );
    const ranked = due
      .map((d) => {
        const h = history.get(d.creatorId) ?? { written: 0, answered: 0 };
        const likelihood = replyLikelihood({
          replyRate: d.replyRate,
          medianReplyDelayHours: d.medianReplyDelayHours,
          threadsWritten: h.written,
          threadsAnswered: h.answered,
        });
        return { ...d, likelihood };
      })
      .sort((a, b) => b.likelihood - a.likelihood || a.enrollmentId - b.enrollmentId);
    const chosen = ranked.slice(0, budget);
    summary.deferred_limit += ranked.length - chosen.length;
    const contexts = await loadMergeContexts(
      db,
      workspaceId,
      chosen.map((c) => c.creatorId),
    );
    const dealFacts = await loadDealFactsByCampaign(db, workspaceId, chosen);
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const windowEnd = localTimeToInstant(mailbox.time_zone, y, m, d, mailbox.send_until_hour);
    let at = use.lastAt === null ? now : new Date(Date.parse(use.lastAt) + sendGapMs(spacing(mailbox), deps.random()));
    if (at < now) at = now;
    // One transaction per mailbox: the day's plan commits at once (one fsync, not one per email).
    await db.transaction().execute(async (trx) => {
      for (const [i, step] of chosen.entries()) {
        if (at >= windowEnd) {
          summary.deferred_hours += chosen.length - i;
          return;
        }
        if (await isOptedOut(trx, workspaceId, step.creatorId, step.email)) {
          await stopEnrollments(trx, {
            workspaceId,
            creatorId: step.creatorId,
            reason: 'opted_out',
            now: now.toISOString(),
          });
          continue;
        }
        const c = contexts.get(step.creatorId);
        const deal = step.campaignId === null ? undefined : dealFacts.get(`${step.campaignId}:${step.creatorId}`);
        // A portal link is made only for an email that uses one (each is a revocable row of its own).
        const usesPortal = /\{\{\s*portal_link\s*\}\}/.test(step.subject + step.body);
        const portalLink =
          deal && usesPortal && c?.handle && step.campaignId !== null
            ? (
                await createPortalLink(trx, deps.secretKey, workspaceId, step.campaignId, `${c.platform}:${c.handle}`, {
                  userId: null,
                  origin: deps.publicOrigin,
                  now,
                })
              ).url
            : null;
        const values = mergeValues(
          { displayName: c?.displayName ?? null, handle: c?.handle ?? null },
          brand,
          deal ? { ...deal, portalLink, origin: deps.publicOrigin } : undefined,
        );
        const subject = renderTemplate(step.subject, values);
        const body = renderTemplate(step.body, values);
        const failed = !subject.ok ? subject : !body.ok ? body : null;
        if (failed || !subject.ok || !body.ok) {
          const who = c?.handle ? `${c.platform}:${c.handle}` : `creator ${step.creatorId}`;
          summary.refused.push({ creator_id: step.creatorId, reason: unfilledMessage(who, failed as never) });
          continue;
        }
        const runAt = at;
        const planned = await (async () => {
          const message = await prepareOutgoing(
            trx,
            deps,
            mailbox,
            {
              workspaceId,
              creatorId: step.creatorId,
              to: step.email,
              subject: subject.text,
              body: body.text,
              kind: 'step',
              enrollmentId: step.enrollmentId,
              stepPosition: step.position,
              inReplyTo: step.previousMessageId,
            },
            now,
          );
          const begun = await beginOutgoingMessage(trx, { ...message, status: 'queued', now: now.toISOString() });
          if (!begun.created) return false;
          // `at` of a queued message is when it is planned to go out: the next plan spaces after it.
          await trx
            .updateTable('outreach_messages')
            .set({ at: runAt.toISOString() })
            .where('id', '=', begun.id)
            .execute();
          const job = await enqueueJob(
            trx,
            {
              kind: SEND_JOB,
              idempotencyKey: `send:${step.enrollmentId}:${step.position}`,
              workspaceId,
              payload: { message_id: begun.id },
              runAt: runAt.toISOString(),
              priority: likelihoodPriority(step.likelihood),
              atMostOnce: true,
              maxAttempts: 1,
            },
            now.toISOString(),
          );
          await trx.updateTable('outreach_messages').set({ job_id: job.id }).where('id', '=', begun.id).execute();
          return true;
        })();
        if (planned) summary.planned += 1;
        at = new Date(runAt.getTime() + sendGapMs(spacing(mailbox), deps.random()));
      }
    });
  }
  return summary;
}

const spacing = (m: MailboxRow) => ({ minSpacingSeconds: m.min_spacing_seconds, jitterPercent: m.jitter_percent });
