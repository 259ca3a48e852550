// /api/v1/lists: a workspace's creator lists: create, rename, delete, add/remove many, enroll all in a campaign, CSV.
import { Hono, type Context } from 'hono';
import { listCsv } from '../../presenters/list-csv.ts';
import { presentList } from '../../presenters/present-relationship.ts';
import { addListMembers, removeListMembers } from '../../services/relationships/lists/add-list-members.ts';
import { deleteList, renameList } from '../../services/relationships/lists/change-list.ts';
import { createFilledList } from '../../services/relationships/lists/create-filled-list.ts';
import { enrollList } from '../../services/relationships/lists/enroll-list.ts';
import { findList, listLists, listMembers } from '../../storage/relationships/creator-lists.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { createListBody, listMembersBody, listNameSchema, listToCampaignBody } from '../schemas/relationships.ts';
import { parseWith } from '../validate.ts';

const scope = (c: Context<AppEnv>) => ({
  db: c.get('deps').db,
  workspaceId: c.get('actor').workspaceId,
  userId: c.get('actor').userId,
});
const listId = (c: Context<AppEnv>) => parseWith(idParam, c.req.param(), 'path').id;

export const listRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { db, workspaceId } = scope(c);
    return c.json({ items: (await listLists(db, workspaceId)).map(presentList) });
  })
  .post('/', async (c) => {
    const { db, workspaceId, userId } = scope(c);
    const input = parseWith(createListBody, await c.req.json(), 'list');
    const { list, added } = await createFilledList(db, workspaceId, input, userId);
    return c.json({ ...presentList({ ...list, size: added }), added }, 201);
  })
  .get('/:id', async (c) => {
    const { db, workspaceId } = scope(c);
    const list = await findList(db, workspaceId, listId(c));
    const members = await listMembers(db, workspaceId, list.id);
    return c.json({
      ...presentList({ ...list, size: members.length }),
      creators: members.map((m) => ({
        account_id: m.account_id,
        creator_id: m.creator_id,
        platform: m.platform,
        handle: m.handle,
        followers: m.followers,
        name: m.display_name,
        stage: m.stage,
        added_at: m.added_at,
      })),
    });
  })
  .post('/:id', async (c) => {
    const { db, workspaceId } = scope(c);
    const id = listId(c);
    const { name } = parseWith(listNameSchema, await c.req.json(), 'list');
    const list = await renameList(db, workspaceId, id, name);
    return c.json(presentList({ ...list, size: (await listMembers(db, workspaceId, id)).length }));
  })
  .post('/:id/delete', async (c) => {
    const { db, workspaceId } = scope(c);
    await deleteList(db, workspaceId, listId(c));
    return c.json({ ok: true as const });
  })
  .post('/:id/creators', async (c) => {
    const { db, workspaceId, userId } = scope(c);
    const id = listId(c);
    const input = parseWith(listMembersBody, await c.req.json(), 'creators');
    return c.json(await addListMembers(db, workspaceId, id, input, userId));
  })
  .post('/:id/creators/remove', async (c) => {
    const { db, workspaceId, userId } = scope(c);
    const id = listId(c);
    const input = parseWith(listMembersBody, await c.req.json(), 'creators');
    return c.json(await removeListMembers(db, workspaceId, id, input, userId));
  })
  .post('/:id/enroll', async (c) => {
    const { db, workspaceId } = scope(c);
    const id = listId(c);
    const { campaign_id } = parseWith(listToCampaignBody, await c.req.json(), 'enrollment');
    return c.json(await enrollList(db, workspaceId, id, campaign_id));
  })
  .get('/:id/export.csv', async (c) => {
    const { db, workspaceId } = scope(c);
    const list = await findList(db, workspaceId, listId(c));
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="list-${list.id}.csv"`);
    return c.body(listCsv(await listMembers(db, workspaceId, list.id)));
  });
