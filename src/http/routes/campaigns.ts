// /api/v1/campaigns: create, list, get, enroll creators, move their deals, their links and codes, the report (JSON or CSV).
import { Hono, type Context } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { campaignReportCsv } from '../../presenters/campaign-report-csv.ts';
import { presentCampaign, presentCode, presentEnrollment, presentLink } from '../../presenters/present-campaign.ts';
import { presentPage } from '../../presenters/present-page.ts';
import { createCampaign } from '../../services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../services/campaigns/enroll-creator.ts';
import { REPORT_NOTES } from '../../core/reports/campaign-report.ts';
import { presentCodeLeak, presentReplaceCode } from '../../presenters/present-code-leaks.ts';
import { listCodeLeaks } from '../../services/codes/list-code-leaks.ts';
import { replaceCode } from '../../services/codes/replace-code.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import { setDealStatus } from '../../services/campaigns/set-deal-status.ts';
import { buildCampaignReport } from '../../services/reports/build-campaign-report.ts';
import { findCampaign } from '../../storage/campaigns/find-campaign.ts';
import { listCampaignsPage } from '../../storage/campaigns/list-campaigns.ts';
import { countEnrollments, listEnrollments, type EnrollmentPart } from '../../storage/campaigns/list-enrollments.ts';
import type { AppEnv } from '../context.ts';
import { pageWindow } from '../../core/page-window.ts';
import { pageQuery } from '../schemas/common.ts';
import {
  campaignIdParam,
  createCampaignSchema,
  enrollCreatorSchema,
  replaceCodeSchema,
  setDealSchema,
} from '../schemas/campaigns.ts';
import { parseWith } from '../validate.ts';

async function campaignOf(c: Context<AppEnv>) {
  const { id } = parseWith(campaignIdParam, c.req.param(), 'path');
  const campaign = await findCampaign(c.get('deps').db, c.get('actor').workspaceId, id);
  if (!campaign) throw notFound(`Campaign ${id}`);
  return campaign;
}

/** One page of a campaign's enrollments (all of them, or those with a code or a link): filtered before paging. */
async function enrollmentPage(c: Context<AppEnv>, having?: EnrollmentPart) {
  const campaign = await campaignOf(c);
  const q = parseWith(pageQuery, c.req.query(), 'query');
  const { db } = c.get('deps');
  const [rows, total] = await Promise.all([
    listEnrollments(db, campaign.workspace_id, campaign.id, { ...pageWindow(q), having }),
    countEnrollments(db, campaign.workspace_id, campaign.id, { having }),
  ]);
  return { campaign, rows, q, total };
}

export const campaignRoutes = new Hono<AppEnv>()
  .post('/', async (c) => {
    const input = parseWith(createCampaignSchema, await c.req.json(), 'campaign');
    const campaign = await createCampaign(c.get('deps').db, c.get('actor').workspaceId, input);
    return c.json(presentCampaign(campaign), 201);
  })
  .get('/', async (c) => {
    const q = parseWith(pageQuery, c.req.query(), 'query');
    const result = await listCampaignsPage(c.get('deps').db, c.get('actor').workspaceId, pageWindow(q));
    return c.json(presentPage(q, result.total, result.items.map(presentCampaign)));
  })
  .get('/:id', async (c) => {
    const campaign = await campaignOf(c);
    const enrollments = await listEnrollments(c.get('deps').db, campaign.workspace_id, campaign.id);
    return c.json({
      ...presentCampaign(campaign),
      creators: enrollments.map((e) => presentEnrollment(e, campaign.currency)),
    });
  })
  .post('/:id/creators', async (c) => {
    const campaign = await campaignOf(c);
    const input = parseWith(enrollCreatorSchema, await c.req.json(), 'enrollment');
    const { db } = c.get('deps');
    const { enrollmentId } = await enrollCreator(db, campaign.workspace_id, campaign.id, input);
    // The code is created in the store by its code.sync job (enqueued with the enrollment): the answer
    // does not wait for the store, and says pending until the job has run.
    const row = (await listEnrollments(db, campaign.workspace_id, campaign.id)).find((e) => e.id === enrollmentId)!;
    return c.json(presentEnrollment(row, campaign.currency), 201);
  })
  .post('/:id/deals', async (c) => {
    const campaign = await campaignOf(c);
    const input = parseWith(setDealSchema, await c.req.json(), 'deal');
    const { db } = c.get('deps');
    const { enrollmentId } = await setDealStatus(db, campaign.workspace_id, campaign.id, input);
    const row = (await listEnrollments(db, campaign.workspace_id, campaign.id)).find((e) => e.id === enrollmentId)!;
    return c.json(presentEnrollment(row, campaign.currency));
  })
  .get('/:id/creators', async (c) => {
    const { campaign, rows, q, total } = await enrollmentPage(c);
    return c.json(
      presentPage(
        q,
        total,
        rows.map((e) => presentEnrollment(e, campaign.currency)),
      ),
    );
  })
  .get('/:id/links', async (c) => {
    const { rows, q, total } = await enrollmentPage(c, 'link');
    return c.json(
      presentPage(
        q,
        total,
        rows.map((e) => presentLink({ ...e, link_key: e.link_key! })),
      ),
    );
  })
  .get('/:id/codes', async (c) => {
    const { rows, q, total } = await enrollmentPage(c, 'code');
    return c.json(
      presentPage(
        q,
        total,
        rows.map((e) => presentCode({ ...e, code: e.code! })),
      ),
    );
  })
  .get('/:id/code-leaks', async (c) => {
    const campaign = await campaignOf(c);
    const rows = await listCodeLeaks(c.get('deps').db, campaign.workspace_id, campaign.id);
    return c.json({ items: rows.map(presentCodeLeak), rule: REPORT_NOTES.code_leak });
  })
  .post('/:id/code-leaks/replace', async (c) => {
    const campaign = await campaignOf(c);
    const input = parseWith(replaceCodeSchema, await c.req.json(), 'replacement');
    const { db } = c.get('deps');
    const result = await replaceCode(
      db,
      c.get('runtime').secretKey(),
      campaign.workspace_id,
      campaign.id,
      input.enrollment_id,
      input.code,
    );
    await recordAudit(db, c.get('actor'), 'code.replaced', String(input.enrollment_id), {
      old_code: result.oldCode,
      new_code: result.newCode,
    });
    return c.json(presentReplaceCode(input.enrollment_id, result));
  })
  .get('/:id/report', async (c) => {
    const campaign = await campaignOf(c);
    return c.json(await buildCampaignReport(c.get('deps').db, campaign.workspace_id, campaign.id));
  })
  .get('/:id/report.csv', async (c) => {
    const campaign = await campaignOf(c);
    const report = await buildCampaignReport(c.get('deps').db, campaign.workspace_id, campaign.id);
    const name =
      campaign.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || `campaign-${campaign.id}`;
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="${name}-report.csv"`);
    return c.body(campaignReportCsv(report));
  });
