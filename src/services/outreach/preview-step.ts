// One step of a sequence rendered for one creator of the workspace, with the same merge values and the
// same renderer as enrolling and sending: an unfilled field is reported by name (that email would not go out).
import { notFound } from '../../core/app-error.ts';
import { mergeValues, PORTAL_LINK_WHEN_SENT } from '../../core/outreach/merge-values.ts';
import { loadDealMergeFacts } from '../../storage/outreach/deal-merge-facts.ts';
import { type Rendered, renderTemplate, unfilledMessage } from '../../core/outreach/render-template.ts';
import type { DB } from '../../storage/connect.ts';
import { isCreatorOfWorkspace } from '../../storage/outreach/creator-of-workspace.ts';
import { loadMergeContexts } from '../../storage/outreach/merge-context.ts';
import { loadSequence } from '../../storage/outreach/sequences.ts';
import { getWorkspace } from '../../storage/workspaces/workspaces.ts';

const part = (r: Rendered) =>
  r.ok ? { text: r.text, missing: [], unknown: [] } : { text: null, missing: r.missing, unknown: r.unknown };

export async function previewStep(
  db: DB,
  workspaceId: number,
  sequenceId: number,
  position: number,
  creatorId: number,
  /** Where her tracked link points people (the installation's public origin). */
  origin = '',
) {
  const sequence = await loadSequence(db, workspaceId, sequenceId);
  if (!sequence) throw notFound(`Sequence ${sequenceId}`);
  const step = sequence.steps.find((s) => Number(s.position) === position);
  if (!step) throw notFound(`Step ${position} of sequence ${sequenceId}`);
  if (!(await isCreatorOfWorkspace(db, workspaceId, creatorId))) throw notFound(`Creator ${creatorId}`);
  const c = (await loadMergeContexts(db, workspaceId, [creatorId])).get(creatorId);
  if (!c) throw notFound(`Creator ${creatorId}`);
  const brand = (await getWorkspace(db, workspaceId)).name;
  const deal =
    sequence.campaign_id === null
      ? undefined
      : (await loadDealMergeFacts(db, workspaceId, Number(sequence.campaign_id), [creatorId])).get(creatorId);
  const values = mergeValues(
    { displayName: c.displayName, handle: c.handle },
    brand,
    deal ? { ...deal, portalLink: PORTAL_LINK_WHEN_SENT, origin } : undefined,
  );
  const subject = renderTemplate(step.subject, values);
  const body = renderTemplate(step.body, values);
  const name = c.platform && c.handle ? `${c.platform}:${c.handle}` : `creator ${creatorId}`;
  const failed = [subject, body].filter((r): r is Exclude<Rendered, { ok: true }> => !r.ok);
  return {
    creator: name,
    creator_id: creatorId,
    email: c.email?.trim().toLowerCase() || null,
    subject: part(subject),
    body: part(body),
    sendable: failed.length === 0,
    problem:
      failed.length === 0
        ? null
        : unfilledMessage(name, {
            missing: [...new Set(failed.flatMap((f) => f.missing))],
            unknown: [...new Set(failed.flatMap((f) => f.unknown))],
          }),
  };
}
