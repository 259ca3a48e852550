// /api/v1/relationships: the pipeline (stages), each creator's relationship, and the changes to it.
import { Hono, type Context } from 'hono';
import { pageWindow } from '../../core/page-window.ts';
import { checkStage, DEFAULT_STAGES } from '../../core/relationships/stages.ts';
import { presentPage } from '../../presenters/present-page.ts';
import { presentRelationship } from '../../presenters/present-relationship.ts';
import { setOwner, setStage, setTags } from '../../services/relationships/change-relationship.ts';
import { getRelationship, relationshipRow } from '../../services/relationships/get-relationship.ts';
import { addNote, addTask, completeTask } from '../../services/relationships/notes-and-tasks.ts';
import { setStages } from '../../services/relationships/set-stages.ts';
import { countRelationships, listRelationships } from '../../storage/relationships/list-relationships.ts';
import { loadStages } from '../../storage/relationships/pipeline-stages.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import {
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
    const filter = { stage, creatorId: q.creator_id };
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
  .post('/tasks/:id/done', async (c) => {
    await completeTask(c.get('deps').db, who(c), parseWith(idParam, c.req.param(), 'path').id);
    return c.json({ ok: true as const });
  })
  .get('/:id', async (c) => {
    const { row, notes, tasks, timeline } = await getRelationship(c.get('deps').db, who(c).workspaceId, creatorId(c));
    return c.json({ ...presentRelationship(row), notes, tasks, timeline });
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
