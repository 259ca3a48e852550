// /api/v1/campaigns: create, list, get, enroll creators, their links and codes, the report.
import { Hono } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { presentCampaign, presentEnrollment } from '../../presenters/present-campaign.ts';
import { createCampaign } from '../../services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../services/campaigns/enroll-creator.ts';
import { buildCampaignReport } from '../../services/reports/build-campaign-report.ts';
import { findCampaign } from '../../storage/campaigns/find-campaign.ts';
import { listCampaigns } from '../../storage/campaigns/list-campaigns.ts';
import { listEnrollments } from '../../storage/campaigns/list-enrollments.ts';
import type { AppEnv } from '../context.ts';
import { campaignIdParam, createCampaignSchema, enrollCreatorSchema } from '../schemas/campaigns.ts';
import { parseWith } from '../validate.ts';

async function campaignOf(c: import('hono').Context<AppEnv>) {
  const { id } = parseWith(campaignIdParam, c.req.param(), 'path');
  const campaign = await findCampaign(c.get('deps').db, c.get('actor').workspaceId, id);
  if (!campaign) throw notFound(`Campaign ${id}`);
  return campaign;
}

export const campaignRoutes = new Hono<AppEnv>()
  .post('/', async (c) => {
    const input = parseWith(createCampaignSchema, await c.req.json(), 'campaign');
    const campaign = await createCampaign(c.get('deps').db, c.get('actor').workspaceId, input);
    return c.json(presentCampaign(campaign), 201);
  })
  .get('/', async (c) => {
    const items = await listCampaigns(c.get('deps').db, c.get('actor').workspaceId);
    return c.json({ items: items.map(presentCampaign) });
  })
  .get('/:id', async (c) => {
    const campaign = await campaignOf(c);
    const enrollments = await listEnrollments(c.get('deps').db, campaign.workspace_id, campaign.id);
    return c.json({ ...presentCampaign(campaign), creators: enrollments.map((e) => presentEnrollment(e, campaign.currency)) });
  })
  .post('/:id/creators', async (c) => {
    const campaign = await campaignOf(c);
    const input = parseWith(enrollCreatorSchema, await c.req.json(), 'enrollment');
    const { db } = c.get('deps');
    const { enrollmentId } = await enrollCreator(db, campaign.workspace_id, campaign.id, input);
    const row = (await listEnrollments(db, campaign.workspace_id, campaign.id)).find((e) => e.id === enrollmentId)!;
    return c.json(presentEnrollment(row, campaign.currency), 201);
  })
  .get('/:id/creators', async (c) => {
    const campaign = await campaignOf(c);
    const rows = await listEnrollments(c.get('deps').db, campaign.workspace_id, campaign.id);
    return c.json({ items: rows.map((e) => presentEnrollment(e, campaign.currency)) });
  })
  .get('/:id/links', async (c) => {
    const campaign = await campaignOf(c);
    const rows = await listEnrollments(c.get('deps').db, campaign.workspace_id, campaign.id);
    return c.json({ items: rows.filter((e) => e.link_key).map((e) => ({ enrollment_id: e.id, key: e.link_key, path: `/r/${e.link_key}`, destination_url: e.link_destination })) });
  })
  .get('/:id/codes', async (c) => {
    const campaign = await campaignOf(c);
    const rows = await listEnrollments(c.get('deps').db, campaign.workspace_id, campaign.id);
    return c.json({ items: rows.filter((e) => e.code).map((e) => ({ enrollment_id: e.id, code: e.code })) });
  })
  .get('/:id/report', async (c) => {
    const campaign = await campaignOf(c);
    return c.json(await buildCampaignReport(c.get('deps').db, campaign.workspace_id, campaign.id));
  });
