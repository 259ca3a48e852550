// /api/v1/sequences: sequences with their counts, creating one from the same file shape as `sequence
// create`, one sequence with its steps and enrollments, enrolling creators (by id or a list) through the
// enroll service, and a step previewed for one creator with the sending renderer.
import { type Context, Hono } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { createSequence } from '../../services/outreach/create-sequence.ts';
import { enrollSelection } from '../../services/outreach/enroll-selection.ts';
import { previewStep } from '../../services/outreach/preview-step.ts';
import { listSequenceEnrollments, listSequenceSummaries } from '../../storage/outreach/sequence-overview.ts';
import { loadSequence } from '../../storage/outreach/sequences.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { enrollBody, previewQuery } from '../schemas/outreach.ts';
import { parseWith } from '../validate.ts';

const workspaceOf = (c: Context<AppEnv>) => c.get('actor').workspaceId;
const idOf = (c: Context<AppEnv>) => parseWith(idParam, c.req.param(), 'path').id;

export const sequenceRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ sequences: await listSequenceSummaries(c.get('deps').db, workspaceOf(c)) }))
  .post('/', async (c) => {
    // The service validates the whole file and names each field at fault.
    const made = await createSequence(c.get('deps').db, workspaceOf(c), await c.req.json(), new Date());
    return c.json(made, made.created ? 201 : 200);
  })
  .get('/:id', async (c) => {
    const id = idOf(c);
    const { db } = c.get('deps');
    const s = await loadSequence(db, workspaceOf(c), id);
    if (!s) throw notFound(`Sequence ${id}`);
    return c.json({
      id: s.id,
      name: s.name,
      status: s.status,
      campaign_id: s.campaign_id === null ? null : Number(s.campaign_id),
      steps: s.steps.map((st) => ({
        position: Number(st.position),
        subject: st.subject,
        body: st.body,
        delay_days: Number(st.delay_days),
      })),
      enrollments: await listSequenceEnrollments(db, workspaceOf(c), id),
    });
  })
  .post('/:id/enroll', async (c) => {
    const id = idOf(c);
    const body = parseWith(enrollBody, await c.req.json(), 'enroll');
    const result = await enrollSelection(
      c.get('deps').db,
      workspaceOf(c),
      id,
      { creatorIds: body.creator_ids, listId: body.list_id },
      { now: new Date(), mailboxId: body.mailbox_id },
    );
    return c.json(result);
  })
  .get('/:id/preview', async (c) => {
    const id = idOf(c);
    const q = parseWith(previewQuery, c.req.query(), 'query');
    const origin = c.get('deps').config.publicOrigin ?? new URL(c.req.url).origin;
    return c.json(await previewStep(c.get('deps').db, workspaceOf(c), id, q.position, q.creator_id, origin));
  });
