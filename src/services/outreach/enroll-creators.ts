// Enrolls creators (platform:handle) in a sequence. Each needs an email in the workspace layer, no
// opt-out, and every step must render for her; the others are enrolled and those refused are named with
// the reason. Enrolling her again changes nothing. The first step is due `delay_days` after enrollment.
import { AppError, notFound } from '../../core/app-error.ts';
import { mergeValues, PORTAL_LINK_WHEN_SENT } from '../../core/outreach/merge-values.ts';
import { loadDealMergeFacts } from '../../storage/outreach/deal-merge-facts.ts';
import { renderTemplate, unfilledMessage } from '../../core/outreach/render-template.ts';
import type { DB } from '../../storage/connect.ts';
import { listMailboxes } from '../../storage/outreach/load-mailbox.ts';
import { loadMergeContexts } from '../../storage/outreach/merge-context.ts';
import { loadSequence } from '../../storage/outreach/sequences.ts';
import { isOptedOut } from '../../storage/relationships/opt-outs.ts';
import { recordEvent } from '../../storage/relationships/record-event.ts';
import { resolveAccounts } from '../../storage/relationships/resolve-accounts.ts';
import { getWorkspace } from '../../storage/workspaces/workspaces.ts';
import { ensureRelationship } from '../relationships/ensure-relationship.ts';

export interface EnrollResult {
  sequence_id: number;
  enrolled: { creator: string; creator_id: number; email: string; enrollment_id: number; due_at: string }[];
  already: { creator: string; enrollment_id: number; status: string }[];
  refused: { creator: string; reason: string }[];
}

const DAY_MS = 86_400_000;

export async function enrollCreators(
  db: DB,
  workspaceId: number,
  sequenceId: number,
  refs: string[],
  o: { now: Date; mailboxId?: number },
): Promise<EnrollResult> {
  const sequence = await loadSequence(db, workspaceId, sequenceId);
  if (!sequence) throw notFound(`Sequence ${sequenceId}`);
  const mailboxes = (await listMailboxes(db, workspaceId)).filter((m) => m.status === 'active');
  const mailbox = o.mailboxId === undefined ? mailboxes[0] : mailboxes.find((m) => m.id === o.mailboxId);
  if (!mailbox)
    throw new AppError(
      'validation_failed',
      o.mailboxId === undefined
        ? 'This workspace has no active mailbox: add one first (microreach mailbox add)'
        : `Mailbox ${o.mailboxId} is not an active mailbox of this workspace`,
      [{ path: 'mailbox', message: 'no active mailbox' }],
    );
  const accounts = await resolveAccounts(db, refs, []);
  const brand = (await getWorkspace(db, workspaceId)).name;
  const contexts = await loadMergeContexts(
    db,
    workspaceId,
    accounts.map((a) => a.creator_id),
  );
  // Her link, code, fee and portal link come from her enrollment in the sequence's campaign.
  const deals =
    sequence.campaign_id === null
      ? new Map()
      : await loadDealMergeFacts(
          db,
          workspaceId,
          Number(sequence.campaign_id),
          accounts.map((a) => a.creator_id),
        );
  const result: EnrollResult = { sequence_id: sequenceId, enrolled: [], already: [], refused: [] };
  const nowIso = o.now.toISOString();
  const firstDelay = sequence.steps[0]?.delay_days ?? 0;
  const dueAt = new Date(o.now.getTime() + firstDelay * DAY_MS).toISOString();
  for (const account of accounts) {
    const name = `${account.platform}:${account.handle}`;
    const c = contexts.get(account.creator_id);
    const email = c?.email?.trim().toLowerCase();
    if (!email) {
      result.refused.push({
        creator: name,
        reason: 'no email address in this workspace (import one with her CSV row)',
      });
      continue;
    }
    if (await isOptedOut(db, workspaceId, account.creator_id, email)) {
      result.refused.push({ creator: name, reason: 'opted out of emails from this workspace' });
      continue;
    }
    const deal = deals.get(account.creator_id);
    // Only whether each field will have a value matters here: the portal link is made when the email is sent.
    const values = mergeValues(
      { displayName: c?.displayName ?? null, handle: account.handle },
      brand,
      deal ? { ...deal, portalLink: PORTAL_LINK_WHEN_SENT, origin: '' } : undefined,
    );
    const unfilled = sequence.steps
      .flatMap((s) => [renderTemplate(s.subject, values), renderTemplate(s.body, values)])
      .find((r) => !r.ok);
    if (unfilled && !unfilled.ok) {
      result.refused.push({ creator: name, reason: unfilledMessage(name, unfilled) });
      continue;
    }
    const existing = await db
      .selectFrom('sequence_enrollments')
      .select(['id', 'status'])
      .where('sequence_id', '=', sequenceId)
      .where('creator_id', '=', account.creator_id)
      .executeTakeFirst();
    if (existing) {
      result.already.push({ creator: name, enrollment_id: Number(existing.id), status: existing.status });
      continue;
    }
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('sequence_enrollments')
        .values({
          workspace_id: workspaceId,
          sequence_id: sequenceId,
          creator_id: account.creator_id,
          account_id: account.id,
          email,
          mailbox_id: mailbox.id,
          status: 'active',
          next_position: 1,
          next_due_at: dueAt,
          stage_at_enrollment: null,
          stop_reason: null,
          enrolled_at: nowIso,
          updated_at: nowIso,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const relationship = await ensureRelationship(trx, workspaceId, account.creator_id, null);
      await trx
        .updateTable('sequence_enrollments')
        .set({ stage_at_enrollment: relationship.stage })
        .where('id', '=', row.id)
        .execute();
      await recordEvent(trx, {
        workspaceId,
        relationshipId: relationship.id,
        kind: 'sequence_enrolled',
        actorUserId: null,
        details: { enrollment_id: Number(row.id), sequence_id: sequenceId, sequence: sequence.name, email },
        at: nowIso,
      });
      return Number(row.id);
    });
    result.enrolled.push({ creator: name, creator_id: account.creator_id, email, enrollment_id: id, due_at: dueAt });
  }
  return result;
}
