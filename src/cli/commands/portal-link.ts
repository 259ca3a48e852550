import { AppError } from '../../core/app-error.ts';
import { portalLinkBody } from '../../http/schemas/content.ts';
import { parseWith } from '../../http/validate.ts';
import { createPortalLink } from '../../services/portal/create-portal-link.ts';
import { loadSecretKey } from '../../services/secrets/load-secret-key.ts';
import { findCampaignByRef } from '../../storage/campaigns/find-campaign.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach portal link --workspace W --campaign C --creator platform:handle [--days 14] [--json]';

export const portalLinkCommand: Command = {
  path: ['portal', 'link'],
  usage,
  summary:
    "A magic link to a creator's portal (signed, expiring, revocable); the URL starts with MICROREACH_PUBLIC_ORIGIN.",
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        campaign: { type: 'string' },
        creator: { type: 'string' },
        days: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (!values.campaign || !values.creator)
      throw new AppError('bad_request', `--campaign and --creator are required\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const campaign = await findCampaignByRef(db, workspace.id, values.campaign);
    if (!campaign) throw new AppError('not_found', `No campaign "${values.campaign}" in workspace ${workspace.slug}`);
    const input = parseWith(
      portalLinkBody,
      { creator: values.creator, ...(values.days ? { days: Number(values.days) } : {}) },
      'portal_link',
    );
    // Without a configured public origin the link points at this machine's own server (`serve` on its port).
    const origin = ctx.config.publicOrigin ?? `http://localhost:${ctx.config.port}`;
    const link = await createPortalLink(db, loadSecretKey(ctx.config), workspace.id, campaign.id, input.creator, {
      days: input.days,
      userId: null,
      origin,
    });
    if (values.json) ctx.out(JSON.stringify(link, null, 2));
    else ctx.out(`${link.url}\n(expires ${link.expires_at}; revoke with POST /api/v1/portal-links/${link.id}/revoke)`);
  },
};
