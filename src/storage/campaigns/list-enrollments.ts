import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface EnrollmentPage {
  offset: number;
  limit: number;
  /** Only enrollments that have a discount code, or a tracked link. */
  having?: EnrollmentPart;
}

export type EnrollmentPart = 'code' | 'link';

/** Enrollments of a campaign with their creator, account, tracked link and code (one row each); all, or one page. */
export async function listEnrollments(
  db: Kysely<Database>,
  workspaceId: number,
  campaignId: number,
  page?: EnrollmentPage,
) {
  let query = enrollmentQuery(db, workspaceId, campaignId);
  if (page?.having === 'code') query = query.where('d.code', 'is not', null);
  if (page?.having === 'link') query = query.where('l.key', 'is not', null);
  if (page) query = query.limit(page.limit).offset(page.offset);
  return query.execute();
}

/** How many enrollments listEnrollments would return without paging. */
export async function countEnrollments(
  db: Kysely<Database>,
  workspaceId: number,
  campaignId: number,
  options: { having?: EnrollmentPart } = {},
): Promise<number> {
  let query = db
    .selectFrom('enrollments as e')
    // A replaced code (leaked, then replaced) stays for attribution but is not the enrollment's code.
    .leftJoin('discount_codes as d', (j) =>
      j.onRef('d.enrollment_id', '=', 'e.id').on('d.replaced_by_code_id', 'is', null),
    )
    .leftJoin('tracked_links as l', 'l.enrollment_id', 'e.id')
    .where('e.workspace_id', '=', workspaceId)
    .where('e.campaign_id', '=', campaignId);
  if (options.having === 'code') query = query.where('d.code', 'is not', null);
  if (options.having === 'link') query = query.where('l.key', 'is not', null);
  const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

function enrollmentQuery(db: Kysely<Database>, workspaceId: number, campaignId: number) {
  return (
    db
      .selectFrom('enrollments as e')
      .innerJoin('creators as c', 'c.id', 'e.creator_id')
      .innerJoin('accounts as a', 'a.id', 'e.account_id')
      .leftJoin('tracked_links as l', 'l.enrollment_id', 'e.id')
      // A replaced code (leaked, then replaced) stays for attribution but is not the enrollment's code.
      .leftJoin('discount_codes as d', (j) =>
        j.onRef('d.enrollment_id', '=', 'e.id').on('d.replaced_by_code_id', 'is', null),
      )
      .select([
        'e.id',
        'e.campaign_id',
        'e.creator_id',
        'e.account_id',
        'e.fee_minor',
        'e.gifted_minor',
        'e.shipping_minor',
        'e.other_cost_minor',
        'e.commission_bps',
        'e.deal_status',
        'e.deal_status_at',
        'e.deliverables',
        'e.impressions',
        'e.engagements',
        'e.email_hash',
        'e.address_hash',
        'c.display_name as creator_name',
        'c.email as creator_email',
        'a.platform',
        'a.handle',
        'a.followers',
        'l.id as link_id',
        'l.key as link_key',
        'l.destination_url as link_destination',
        'd.code',
        'd.sync_status as code_sync_status',
        'd.sync_error as code_sync_error',
      ])
      .where('e.workspace_id', '=', workspaceId)
      .where('e.campaign_id', '=', campaignId)
      .orderBy('e.id')
  );
}

export type EnrollmentRow = Awaited<ReturnType<typeof listEnrollments>>[number];
