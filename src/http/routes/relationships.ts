// /api/v1/relationships: the pipeline (stages), custom fields, each creator's relationship and the changes
// to it, and the caller's own open tasks.
import { Hono, type Context } from 'hono';
import { AppError } from '../../core/app-error.ts';
import { checkFieldValue } from '../../core/relationships/custom-fields.ts';
import { pageWindow } from '../../core/page-window.ts';
import { checkStage, DEFAULT_STAGES } from '../../core/relationships/stages.ts';
import { presentPage } from '../../presenters/present-page.ts';
import { presentRelationship } from '../../presenters/present-relationship.ts';
import { setOwner, setStage, setTags } from '../../services/relationships/change-relationship.ts';
import { getRelationship, relationshipRow } from '../../services/relationships/get-relationship.ts';
import { addNote, addTask, completeTask } from '../../services/relationships/notes-and-tasks.ts';
import { myTasks } from '../../services/relationships/my-tasks.ts';
import { optOutCreator } from '../../services/relationships/opt-out-creator.ts';
import { setFieldValue } from '../../services/relationships/set-field-value.ts';
import { setStages } from '../../services/relationships/set-stages.ts';
import { createField, findField, listFields } from '../../storage/relationships/relationship-fields.ts';
import { countRelationships, listRelationships } from '../../storage/relationships/list-relationships.ts';
import { loadStages } from '../../storage/relationships/pipeline-stages.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import {
  fieldBody,
  fieldValueBody,
  optOutBody,
  noteBody,
  relationshipQuery,
  setOwnerBody,
  setStageBody,
  setTagsBody,
  stagesBody,
  taskBody,
} from '../schemas/relationships.ts';
import { parseWith } from '../validate.ts';

const who = (c: Context<AppEnv>) => ({ workspaceId: c.get('actor').workspaceId, userId: c.get('actor').userId });
const creatorId = (c: Context<AppEnv>) => parseWith(idParam, c.req.param(), 'path').id;
const answer = async (c: Context<AppEnv>, id: number) =>
  c.json(presentRelationship(await relationshipRow(c.get('deps').db, who(c).workspaceId, id)));

async function stagesAnswer(c: Context<AppEnv>) {
  const stages = await loadStages(c.get('deps').db, who(c).workspaceId);
  return c.json({ stages: [...stages], is_default: stages === DEFAULT_STAGES });
}

export const relationshipRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { db } = c.get('deps');
    const { workspaceId } = who(c);
    const q = parseWith(relationshipQuery, c.req.query(), 'query');
    const stage = q.stage === undefined ? undefined : checkStage(await loadStages(db, workspaceId), q.stage);
    if ((q.field_id === undefined) !== (q.field_value === undefined))
      throw new AppError('validation_failed', 'Filter by a custom field with both field_id and field_value', [
        { path: q.field_id === undefined ? 'field_id' : 'field_value', message: 'missing' },
      ]);
    const field =
      q.field_id === undefined
        ? undefined
        : {
            id: q.field_id,
            value: checkFieldValue(await findField(db, workspaceId, q.field_id), q.field_value!),
          };
    const filter = { stage, creatorId: q.creator_id, owner: q.owner, tag: q.tag, field };
    const [rows, total] = await Promise.all([
      listRelationships(db, workspaceId, { ...filter, ...pageWindow(q) }),
      countRelationships(db, workspaceId, filter),
    ]);
    return c.json(presentPage(q, total, rows.map(presentRelationship)));
  })
  .get('/stages', stagesAnswer)
  .post('/stages', async (c) => {
    const { stages } = parseWith(stagesBody, await c.req.json(), 'stages');
    await setStages(c.get('deps').db, who(c).workspaceId, stages);
    return stagesAnswer(c);
  })
  .get('/fields', async (c) => c.json({ items: await listFields(c.get('deps').db, who(c).workspaceId) }))
  .post('/fields', async (c) => {
    const input = parseWith(fieldBody, await c.req.json(), 'field');
    return c.json(await createField(c.get('deps').db, who(c).workspaceId, input), 201);
  })
  .get('/my-tasks', async (c) => {
    const { workspaceId, userId } = who(c);
    if (userId === null)
      throw new AppError('bad_request', 'My tasks belong to a signed-in member; this caller is not one');
    return c.json(await myTasks(c.get('deps').db, workspaceId, userId, new Date().toISOString()));
  })
  .post('/tasks/:id/done', async (c) => {
    await completeTask(c.get('deps').db, who(c), parseWith(idParam, c.req.param(), 'path').id);
    return c.json({ ok: true as const });
  })
  .get('/:id', async (c) => {
    const { row, ...rest } = await getRelationship(c.get('deps').db, who(c).workspaceId, creatorId(c));
    return c.json({ ...presentRelationship(row), ...rest });
  })
  .post('/:id/stage', async (c) => {
    const id = creatorId(c);
    const { stage } = parseWith(setStageBody, await c.req.json(), 'stage');
    await setStage(c.get('deps').db, who(c), id, stage);
    return answer(c, id);
  })
  .post('/:id/owner', async (c) => {
    const id = creatorId(c);
    const { owner_user_id } = parseWith(setOwnerBody, await c.req.json(), 'owner');
    await setOwner(c.get('deps').db, who(c), id, owner_user_id);
    return answer(c, id);
  })
  .post('/:id/tags', async (c) => {
    const id = creatorId(c);
    const { tags } = parseWith(setTagsBody, await c.req.json(), 'tags');
    await setTags(c.get('deps').db, who(c), id, tags);
    return answer(c, id);
  })
  .post('/:id/fields', async (c) => {
    const id = creatorId(c);
    const input = parseWith(fieldValueBody, await c.req.json(), 'field value');
    await setFieldValue(c.get('deps').db, who(c), id, input);
    return answer(c, id);
  })
  .post('/:id/opt-out', async (c) => {
    const id = creatorId(c);
    const input = parseWith(optOutBody, await c.req.json(), 'opt-out');
    const { created } = await optOutCreator(c.get('deps').db, who(c), id, input);
    const { contact } = await getRelationship(c.get('deps').db, who(c).workspaceId, id);
    return c.json({ created, contact });
  })
  .post('/:id/notes', async (c) => {
    const id = creatorId(c);
    const { body } = parseWith(noteBody, await c.req.json(), 'note');
    return c.json(await addNote(c.get('deps').db, who(c), id, body), 201);
  })
  .post('/:id/tasks', async (c) => {
    const id = creatorId(c);
    const input = parseWith(taskBody, await c.req.json(), 'task');
    return c.json({ id: await addTask(c.get('deps').db, who(c), id, input) }, 201);
  });
