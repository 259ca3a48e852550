// /api/v1/workspace: settings of the caller's workspace. domains: where its tracked links may point.
import { Hono } from 'hono';
import { refuseInSandbox } from '../../services/access/sandbox.ts';
import { setWorkspaceDomains } from '../../services/workspaces/set-workspace-domains.ts';
import { getAllowedDomains } from '../../storage/workspaces/allowed-domains.ts';
import type { AppEnv } from '../context.ts';
import { workspaceDomainsSchema } from '../schemas/workspace.ts';
import { parseWith } from '../validate.ts';

export const workspaceRoutes = new Hono<AppEnv>()
  .get('/domains', async (c) => {
    const domains = await getAllowedDomains(c.get('deps').db, c.get('actor').workspaceId);
    return c.json({ domains });
  })
  .put('/domains', async (c) => {
    refuseInSandbox(c.get('actor'), 'change where tracked links may point');
    const body = parseWith(workspaceDomainsSchema, await c.req.json(), 'body');
    return c.json({ domains: await setWorkspaceDomains(c.get('deps').db, c.get('actor').workspaceId, body.domains) });
  });
