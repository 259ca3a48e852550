// The brand's side of the creator portal and of content tracking: portal links (create, revoke), deal terms,
// content posts (add), the campaign's content and portal activity, draft files and reviews, answers to proposals, and the
// usage rights expiring soon. Tenancy: every lookup is scoped to the caller's workspace.
import { Hono, type Context } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { presentCampaignActivity } from '../../presenters/present-content.ts';
import { addContentPost } from '../../services/content/add-content-post.ts';
import { collectPlatformPosts } from '../../services/content/collect-platform-posts.ts';
import { listExpiringRights } from '../../services/content/list-expiring-rights.ts';
import { loadCampaignActivity } from '../../services/content/load-campaign-activity.ts';
import { readDraftFile } from '../../services/content/read-draft-file.ts';
import { reviewDraft } from '../../services/content/review-draft.ts';
import { answerProposal } from '../../services/portal/answer-proposal.ts';
import { createPortalLink } from '../../services/portal/create-portal-link.ts';
import { setDealTerms } from '../../services/portal/set-deal-terms.ts';
import { findCampaign } from '../../storage/campaigns/find-campaign.ts';
import { findEnrollmentByRef } from '../../storage/campaigns/find-enrollment-by-ref.ts';
import { revokePortalLink } from '../../storage/portal/portal-links.ts';
import type { AppEnv } from '../context.ts';
import { publicUrl } from '../public-url.ts';
import { serveHostileFile } from '../serve-hostile-file.ts';
import { campaignIdParam } from '../schemas/campaigns.ts';
import { idParam } from '../schemas/common.ts';
import {
  answerProposalBody,
  brandContentInputSchema,
  portalLinkBody,
  reviewDraftBody,
  setTermsBody,
} from '../schemas/content.ts';
import { parseWith } from '../validate.ts';

async function campaignOf(c: Context<AppEnv>) {
  const { id } = parseWith(campaignIdParam, c.req.param(), 'path');
  const campaign = await findCampaign(c.get('deps').db, c.get('actor').workspaceId, id);
  if (!campaign) throw notFound(`Campaign ${id}`);
  return campaign;
}

/** The origin a link is handed out with: the configured public origin, else the one this request came to. */
export const portalOrigin = (c: Context<AppEnv>) => c.get('deps').config.publicOrigin ?? publicUrl(c, '');

export const campaignContentRoutes = new Hono<AppEnv>()
  .post('/:id/portal-links', async (c) => {
    const campaign = await campaignOf(c);
    const input = parseWith(portalLinkBody, await c.req.json(), 'portal_link');
    const link = await createPortalLink(
      c.get('deps').db,
      c.get('runtime').secretKey(),
      campaign.workspace_id,
      campaign.id,
      input.creator,
      { days: input.days, userId: c.get('actor').userId, origin: portalOrigin(c) },
    );
    return c.json(link, 201);
  })
  .post('/:id/terms', async (c) => {
    const campaign = await campaignOf(c);
    const input = parseWith(setTermsBody, await c.req.json(), 'terms');
    const enrollmentId = await setDealTerms(
      c.get('deps').db,
      campaign.workspace_id,
      campaign.id,
      input.creator,
      input.terms,
    );
    return c.json({ enrollment_id: enrollmentId, terms: input.terms });
  })
  .post('/:id/content', async (c) => {
    const campaign = await campaignOf(c);
    const input = parseWith(brandContentInputSchema, await c.req.json(), 'content');
    const { db } = c.get('deps');
    const e = await findEnrollmentByRef(db, campaign.workspace_id, campaign.id, input.creator);
    const { creator: _, ...post } = input;
    const saved = await addContentPost(
      db,
      campaign.workspace_id,
      { campaignId: campaign.id, enrollmentId: e.id },
      post,
      'brand',
    );
    return c.json(saved, saved.created ? 201 : 200);
  })
  .post('/:id/content/collect', async (c) => {
    const campaign = await campaignOf(c);
    return c.json(await collectPlatformPosts(c.get('deps').db, campaign.workspace_id, campaign.id));
  })
  .get('/:id/content', async (c) => {
    const campaign = await campaignOf(c);
    return c.json(
      presentCampaignActivity(await loadCampaignActivity(c.get('deps').db, campaign.workspace_id, campaign.id)),
    );
  })
  .get('/:id/rights-expiring', async (c) => {
    const campaign = await campaignOf(c);
    return c.json({ items: await listExpiringRights(c.get('deps').db, campaign.workspace_id, campaign.id) });
  });

export const portalLinkRoutes = new Hono<AppEnv>().post('/:id/revoke', async (c) => {
  const { id } = parseWith(idParam, c.req.param(), 'path');
  const found = await revokePortalLink(c.get('deps').db, c.get('actor').workspaceId, id, new Date().toISOString());
  if (!found) throw notFound(`Portal link ${id}`);
  return c.json({ id, revoked: true as const });
});

export const draftRoutes = new Hono<AppEnv>()
  .post('/:id/review', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const input = parseWith(reviewDraftBody, await c.req.json(), 'review');
    const actor = c.get('actor');
    return c.json(await reviewDraft(c.get('deps').db, actor.workspaceId, id, input, actor.userId));
  })
  .get('/:id/file', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const { db, config } = c.get('deps');
    return serveHostileFile(c, await readDraftFile(db, config.dataDir, c.get('actor').workspaceId, id, null));
  });

export const proposalRoutes = new Hono<AppEnv>().post('/:id/answer', async (c) => {
  const { id } = parseWith(idParam, c.req.param(), 'path');
  const input = parseWith(answerProposalBody, await c.req.json(), 'answer');
  const actor = c.get('actor');
  return c.json(await answerProposal(c.get('deps').db, actor.workspaceId, id, input, actor.userId));
});
