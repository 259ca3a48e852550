// POST /api/v1/campaigns/:id/creators/bulk: Discover's "add to campaign" for a selection of accounts, in one call.
import { Hono } from 'hono';
import { enrollAccounts } from '../../services/relationships/enroll-accounts.ts';
import { resolveAccounts } from '../../storage/relationships/resolve-accounts.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { enrollAccountsBody } from '../schemas/relationships.ts';
import { parseWith } from '../validate.ts';

export const campaignSelectionRoutes = new Hono<AppEnv>().post('/:id/creators/bulk', async (c) => {
  const { db } = c.get('deps');
  const { workspaceId } = c.get('actor');
  const campaignId = parseWith(idParam, c.req.param(), 'path').id;
  const { account_ids } = parseWith(enrollAccountsBody, await c.req.json(), 'selection');
  const accounts = await resolveAccounts(db, [], account_ids);
  return c.json(await enrollAccounts(db, workspaceId, campaignId, accounts));
});
