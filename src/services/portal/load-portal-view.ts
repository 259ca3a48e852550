// Everything the creator's portal shows, for one opened link: the brief and terms (with the exact terms text and its
// hash), her answers and the brand's, her shipping address, drafts with comments, and her link, code, clicks,
// attributed orders, earnings and payment status. Scoped by the link: one workspace, one enrollment.
import { renderTermsText, termsHash } from '../../core/content/render-terms-text.ts';
import type { LedgerKind } from '../../core/ledger/ledger-kinds.ts';
import { creatorName } from '../../core/portal/creator-name.ts';
import type { DB } from '../../storage/connect.ts';
import { listLedgerEntries } from '../../storage/ledger/list-ledger-entries.ts';
import { listDraftComments, listDrafts } from '../../storage/content/content-drafts.ts';
import { listContentPosts } from '../../storage/content/content-posts.ts';
import { loadDealTerms } from '../../storage/portal/deal-terms.ts';
import { loadShippingAddress } from '../../storage/portal/shipping-addresses.ts';
import { listTermsResponses } from '../../storage/portal/terms-responses.ts';
import type { PortalSession } from './open-portal-link.ts';

export async function loadPortalView(db: DB, s: Pick<PortalSession, 'workspaceId' | 'campaignId' | 'enrollmentId'>) {
  const e = await db
    .selectFrom('enrollments as e')
    .innerJoin('campaigns as c', 'c.id', 'e.campaign_id')
    .innerJoin('workspaces as w', 'w.id', 'e.workspace_id')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .innerJoin('creators as cr', 'cr.id', 'a.creator_id')
    .leftJoin('tracked_links as l', 'l.enrollment_id', 'e.id')
    .leftJoin('discount_codes as d', 'd.enrollment_id', 'e.id')
    .select([
      'e.fee_minor',
      'e.gifted_minor',
      'e.commission_bps',
      'e.deal_status',
      'c.name as campaign',
      'c.brief',
      'c.currency',
      'c.starts_on',
      'c.ends_on',
      'w.name as brand',
      'a.platform',
      'a.handle',
      'cr.display_name',
      'l.id as link_id',
      'l.key as link_key',
      'd.code',
    ])
    .where('e.workspace_id', '=', s.workspaceId)
    .where('e.id', '=', s.enrollmentId)
    .executeTakeFirstOrThrow();
  const creator = creatorName(e.display_name, e.platform, e.handle);
  const { terms } = await loadDealTerms(db, s.workspaceId, s.enrollmentId);
  const termsText = renderTermsText(terms, {
    brand: e.brand,
    campaign: e.campaign,
    creator,
    currency: e.currency,
    feeMinor: e.fee_minor,
    commissionBps: e.commission_bps,
    giftedMinor: e.gifted_minor,
    campaignStartsOn: e.starts_on,
    campaignEndsOn: e.ends_on,
    brief: e.brief,
  });
  const [responses, address, drafts, posts, clicks, orders, ledger] = await Promise.all([
    listTermsResponses(db, s.workspaceId, s.enrollmentId),
    loadShippingAddress(db, s.workspaceId, s.enrollmentId),
    listDrafts(db, s.workspaceId, [s.enrollmentId]),
    listContentPosts(db, s.workspaceId, s.campaignId, s.enrollmentId),
    e.link_id === null
      ? Promise.resolve({ n: 0 })
      : db
          .selectFrom('clicks')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('link_id', '=', e.link_id)
          .executeTakeFirstOrThrow(),
    db
      .selectFrom('attributions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', s.workspaceId)
      .where('enrollment_id', '=', s.enrollmentId)
      .executeTakeFirstOrThrow(),
    // Her earnings in this campaign, from the one ledger (payouts carry no campaign: the statement shows them).
    listLedgerEntries(db, s.workspaceId, { campaignId: s.campaignId }).then((rows) =>
      rows.filter((r) => r.enrollmentId === s.enrollmentId),
    ),
  ]);
  const comments = await listDraftComments(
    db,
    s.workspaceId,
    drafts.map((d) => Number(d.id)),
  );
  const sum = (kinds: readonly LedgerKind[]) =>
    ledger.filter((l) => kinds.includes(l.kind)).reduce((total, l) => total + l.amountMinor, 0);
  return {
    brand: e.brand,
    creator,
    campaign: { name: e.campaign, brief: e.brief, starts_on: e.starts_on, ends_on: e.ends_on, currency: e.currency },
    deal: {
      status: e.deal_status,
      fee_minor: e.fee_minor,
      commission_bps: e.commission_bps,
      gifted_minor: e.gifted_minor,
    },
    terms,
    termsText,
    termsSha256: termsHash(termsText),
    responses,
    address,
    drafts: drafts.map((d) => ({ ...d, comments: comments.filter((c) => Number(c.draft_id) === Number(d.id)) })),
    posts,
    tracking: {
      linkPath: e.link_key ? `/r/${e.link_key}` : null,
      code: e.code,
      clicks: Number(clicks.n),
      orders: Number(orders.n),
      earnedMinor: sum(['accrual', 'reversal', 'fee', 'adjustment']),
    },
  };
}

export type PortalView = Awaited<ReturnType<typeof loadPortalView>>;
