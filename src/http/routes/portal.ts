// The creator portal under /p/<token>: no password, the signed magic link is the credential. Every request checks
// the token's signature and expiry before any lookup, then the stored link (revocation, scope). Form posts must come
// from the portal's own page (Origin check) and answer with a redirect back to it, its notice shown once
// (portal-notice.ts); a refused form shows its reason.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import { contentPostInputSchema } from '../../core/content/content-input.ts';
import { storyReportSchema } from '../../core/content/story-report-input.ts';
import {
  acceptTermsSchema,
  commentSchema,
  draftUrlSchema,
  proposeTermsSchema,
  shippingAddressSchema,
} from '../../core/portal/portal-input.ts';
import { payoutDetailsFromForm } from '../../core/portal/payout-details-form.ts';
import { toMinor } from '../../core/shared/minor-units.ts';
import { addContentPost } from '../../services/content/add-content-post.ts';
import { MAX_DRAFT_BYTES, submitDraft } from '../../services/content/submit-draft.ts';
import { submitStory } from '../../services/content/submit-story.ts';
import { readDraftFile } from '../../services/content/read-draft-file.ts';
import { savePayoutDetails } from '../../services/payouts/payout-details-store.ts';
import { loadPortalPayments } from '../../services/portal/load-portal-payments.ts';
import { loadPortalView } from '../../services/portal/load-portal-view.ts';
import { openPortalLink, PortalLinkRefused, type PortalSession } from '../../services/portal/open-portal-link.ts';
import { respondToTerms } from '../../services/portal/respond-to-terms.ts';
import { findDraft, insertDraftComment } from '../../storage/content/content-drafts.ts';
import { saveShippingAddress } from '../../storage/portal/shipping-addresses.ts';
import { isSameOrigin } from '../authenticate.ts';
import { serveHostileFile } from '../serve-hostile-file.ts';
import { setPortalNotice, takePortalNotice } from '../portal-notice.ts';
import { clientAddress } from '../client-address.ts';
import type { AppEnv } from '../context.ts';
import { portalDeadPage, portalPage, type PortalPageOptions } from '../pages/portal-page.ts';
import { CONNECTION_NOTICES, connectionError } from '../pages/portal-connections-section.ts';
import { connectionClients } from '../../services/connections/connection-clients.ts';
import { loadPortalConnections } from '../../services/connections/load-portal-connections.ts';
import { loadPortalGifts } from '../../services/gifts/load-portal-gifts.ts';
import { giftRefusal, pickGift } from './portal-gift-pick.ts';
import { readerLocale } from '../pages/portal-format.ts';
import { payoutDetailsBody } from '../schemas/payouts.ts';
import { clockOf } from './creator-ledger.ts';
import { portalOrigin } from './content.ts';
import { parseWith } from '../validate.ts';

const NOTICES: Record<string, string> = {
  accepted: 'Thank you. Your acceptance is saved.',
  declined: 'You declined the deal.',
  proposed: 'Your proposal is sent to the brand.',
  address: 'Your address is saved.',
  draft: 'Your draft is sent for review.',
  comment: 'Your comment is sent.',
  post: 'Your post is added.',
  payout: 'Your payout details are saved.',
  ...CONNECTION_NOTICES,
  story: 'Your story and its numbers are saved.',
  gift: 'Thank you. The brand is ordering your gift.',
};

type Handler = (c: Context<AppEnv>, s: PortalSession, form: Record<string, string | File>) => Promise<string>;

function noStore(c: Context<AppEnv>) {
  c.header('cache-control', 'no-store');
  c.header('x-robots-tag', 'noindex');
}

async function session(c: Context<AppEnv>): Promise<PortalSession | null> {
  try {
    return await openPortalLink(c.get('deps').db, c.get('runtime').secretKey(), c.req.param('token') ?? '');
  } catch (error) {
    if (error instanceof PortalLinkRefused) return null;
    throw error;
  }
}

async function render(
  c: Context<AppEnv>,
  s: PortalSession,
  status: 200 | 400 | 409 | 413,
  extra: Pick<PortalPageOptions, 'error' | 'notice' | 'gift'>,
) {
  noStore(c);
  const { db } = c.get('deps');
  const [view, payments, connections, gifts] = await Promise.all([
    loadPortalView(db, s),
    loadPortalPayments(db, c.get('runtime').secretKey(), s, clockOf(c)),
    loadPortalConnections(db, connectionClients(c.get('deps').config.connections), s.creatorId),
    loadPortalGifts(db, s),
  ]);
  const options = {
    base: `/p/${c.req.param('token')}`,
    origin: portalOrigin(c),
    locale: readerLocale(c.req.header('accept-language')),
    connections,
    ...extra,
  };
  return c.html(portalPage(view, payments, options, gifts), status);
}

type Refusal = (error: AppError, form: Record<string, string | File>) => Pick<PortalPageOptions, 'gift'>;

/** A form post: same origin, a valid link, then the handler; its answer is the notice key of the redirect. A refusal
 * is shown at the page top, or where `refusal` puts it (next to its own form, with what she typed). */
const post = (handler: Handler, refusal?: Refusal) => async (c: Context<AppEnv>) => {
  noStore(c);
  if (!isSameOrigin(c.req.header('origin'), c.req.header('host'))) return c.text('Cross-origin form refused.', 403);
  const s = await session(c);
  if (!s) return c.html(portalDeadPage(), 404);
  let form: Record<string, string | File> = {};
  try {
    form = (await c.req.parseBody()) as Record<string, string | File>;
    const done = await handler(c, s, form);
    setPortalNotice(c, `/p/${c.req.param('token')}`, { done });
    return c.redirect(`/p/${c.req.param('token')}`, 303);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const status = error.status === 409 ? 409 : error.status === 413 ? 413 : 400;
    if (refusal) return render(c, s, status, refusal(error, form));
    const detail = error.details.map((d) => `${d.path}: ${d.message}`).join('; ');
    return render(c, s, status, {
      error: detail && !error.message.includes(detail) ? `${error.message} (${detail})` : error.message,
    });
  }
};

const text = (form: Record<string, string | File>, name: string) => {
  const v = form[name];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
};
/** A required file of a portal form, read into memory (the body was bounded while it streamed). */
async function fileOf(form: Record<string, string | File>, name: string, what: string) {
  const f = form[name];
  if (!(f instanceof File) || f.size === 0)
    throw new AppError('validation_failed', `Story: choose ${what}`, [{ path: name, message: 'required' }]);
  return { type: f.type, bytes: Buffer.from(await f.arrayBuffer()) };
}
const evidence = (c: Context<AppEnv>) => ({ ip: clientAddress(c), userAgent: c.req.header('user-agent') ?? '' });
const draftIdParam = z.object({ draft: z.coerce.number().int().positive() });

export const portalRoutes = new Hono<AppEnv>()
  .get('/:token', async (c) => {
    const s = await session(c);
    if (!s) {
      noStore(c);
      return c.html(portalDeadPage(), 404);
    }
    const once = takePortalNotice(c, `/p/${c.req.param('token')}`);
    return render(c, s, 200, {
      // Own keys only: a cookie saying "constructor" must not read Object.prototype.
      notice: once.done !== undefined && Object.hasOwn(NOTICES, once.done) ? NOTICES[once.done] : undefined,
      error: connectionError(once.connectError),
    });
  })
  .post(
    '/:token/accept',
    post(async (c, s, form) => {
      const input = parseWith(
        acceptTermsSchema,
        { typed_name: text(form, 'typed_name'), terms_sha256: text(form, 'terms_sha256') },
        'acceptance',
      );
      await respondToTerms(
        c.get('deps').db,
        s,
        { kind: 'accepted', typedName: input.typed_name, shownSha256: input.terms_sha256 },
        evidence(c),
      );
      return 'accepted';
    }),
  )
  .post(
    '/:token/decline',
    post(async (c, s, form) => {
      await respondToTerms(
        c.get('deps').db,
        s,
        { kind: 'declined', message: text(form, 'message') ?? null },
        evidence(c),
      );
      return 'declined';
    }),
  )
  .post(
    '/:token/propose',
    post(async (c, s, form) => {
      const input = parseWith(
        proposeTermsSchema,
        { message: text(form, 'message'), fee: text(form, 'fee') },
        'proposal',
      );
      const view = await loadPortalView(c.get('deps').db, s);
      const fee = input.fee ? toMinor(Number(input.fee.replace(',', '.')), view.campaign.currency) : null;
      await respondToTerms(
        c.get('deps').db,
        s,
        { kind: 'proposed', message: input.message, proposedFeeMinor: fee },
        evidence(c),
      );
      return 'proposed';
    }),
  )
  .post(
    '/:token/address',
    post(async (c, s, form) => {
      const fields = ['name', 'address1', 'address2', 'city', 'zip', 'country', 'phone'];
      const input = parseWith(
        shippingAddressSchema,
        Object.fromEntries(fields.map((f) => [f, text(form, f)])),
        'address',
      );
      await saveShippingAddress(c.get('deps').db, s.workspaceId, s.enrollmentId, input, new Date().toISOString());
      return 'address';
    }),
  )
  .post('/:token/gifts', post(pickGift, giftRefusal))
  .post(
    '/:token/payout-details',
    post(async (c, s, form) => {
      // The API's own schema and the same sealed store: one validation, one place the details live.
      const details = parseWith(
        payoutDetailsBody,
        payoutDetailsFromForm((n) => text(form, n)),
        'payout details',
      );
      const who = { workspaceId: s.workspaceId, userId: null };
      await savePayoutDetails(c.get('deps').db, c.get('runtime').secretKey(), who, s.creatorId, details, clockOf(c));
      return 'payout';
    }),
  )
  .post(
    '/:token/drafts',
    post(async (c, s, form) => {
      const file = form.file instanceof File && form.file.size > 0 ? form.file : null;
      const { db, config } = c.get('deps');
      if (file) {
        const bytes = Buffer.from(await file.arrayBuffer());
        const extra = parseWith(
          draftUrlSchema.omit({ url: true }),
          { deliverable: text(form, 'deliverable'), comment: text(form, 'comment') },
          'draft',
        );
        await submitDraft(
          db,
          config.dataDir,
          s,
          { file: { type: file.type, bytes } },
          { deliverable: extra.deliverable ?? null, comment: extra.comment ?? null },
        );
        return 'draft';
      }
      const input = parseWith(
        draftUrlSchema,
        { url: text(form, 'url'), deliverable: text(form, 'deliverable'), comment: text(form, 'comment') },
        'draft',
      );
      await submitDraft(
        db,
        config.dataDir,
        s,
        { url: input.url },
        { deliverable: input.deliverable ?? null, comment: input.comment ?? null },
      );
      return 'draft';
    }),
  )
  .get('/:token/drafts/:draft/file', async (c) => {
    const s = await session(c);
    if (!s) {
      noStore(c);
      return c.html(portalDeadPage(), 404);
    }
    const { draft } = parseWith(draftIdParam, c.req.param(), 'path');
    try {
      const file = await readDraftFile(
        c.get('deps').db,
        c.get('deps').config.dataDir,
        s.workspaceId,
        draft,
        s.enrollmentId,
      );
      c.header('x-robots-tag', 'noindex');
      return serveHostileFile(c, file);
    } catch (error) {
      if (error instanceof AppError && error.status === 404) return c.text(error.message, 404);
      throw error;
    }
  })
  .post(
    '/:token/drafts/:draft/comments',
    post(async (c, s, form) => {
      const { draft } = parseWith(draftIdParam, c.req.param(), 'path');
      const { body } = parseWith(commentSchema, { body: text(form, 'body') }, 'comment');
      const { db } = c.get('deps');
      const found = await findDraft(db, s.workspaceId, draft);
      // Only her own drafts: another creator's draft id in the same workspace is not found either.
      if (!found || Number(found.enrollment_id) !== s.enrollmentId)
        throw new AppError('not_found', `Draft ${draft} was not found`);
      await insertDraftComment(db, {
        draftId: draft,
        workspaceId: s.workspaceId,
        author: 'creator',
        userId: null,
        body,
        now: new Date().toISOString(),
      });
      return 'comment';
    }),
  )
  .post(
    '/:token/posts',
    post(async (c, s, form) => {
      const at = text(form, 'posted_at');
      const input = parseWith(
        contentPostInputSchema,
        {
          url: text(form, 'url'),
          kind: text(form, 'kind') ?? 'post',
          caption: text(form, 'caption') ?? null,
          // datetime-local has no zone and may have no seconds: the form says UTC.
          posted_at: at && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(at) ? `${at}:00Z` : at,
        },
        'post',
      );
      await addContentPost(
        c.get('deps').db,
        s.workspaceId,
        { campaignId: s.campaignId, enrollmentId: s.enrollmentId },
        input,
        'portal',
      );
      return 'post';
    }),
  )
  .post(
    '/:token/stories',
    post(async (c, s, form) => {
      const fields = ['posted_at', 'caption', 'deliverable', 'impressions', 'reach', 'replies', 'link_clicks'];
      const report = parseWith(storyReportSchema, Object.fromEntries(fields.map((f) => [f, text(form, f)])), 'story');
      const story = await fileOf(form, 'file', 'the story (photo or video)');
      const insights = await fileOf(form, 'insights', 'the screenshot of its insights');
      await submitStory(c.get('deps').db, c.get('deps').config.dataDir, s, { story, insights }, report);
      return 'story';
    }),
  );
