// One relationship's timeline: its stored events plus what other areas record about the creator in this
// workspace (campaign enrollments, orders attributed to her, opt-outs whoever recorded them, emails in and
// out). Deals, posts and payments join here as their areas are built.
import { mergeTimeline, type TimelineEntry, type TimelineKind } from '../../core/relationships/timeline.ts';
import type { DB } from '../../storage/connect.ts';
import { contactEmails } from '../../storage/relationships/contact-emails.ts';
import { listOptOuts } from '../../storage/relationships/opt-outs.ts';

export async function buildTimeline(
  db: DB,
  workspaceId: number,
  relationshipId: number,
  creatorId: number,
): Promise<TimelineEntry[]> {
  const stored = await db
    .selectFrom('relationship_events')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('relationship_id', '=', relationshipId)
    .orderBy('id')
    .execute();
  const enrollments = await db
    .selectFrom('enrollments as e')
    .innerJoin('campaigns as c', 'c.id', 'e.campaign_id')
    .select(['e.id', 'e.campaign_id', 'c.name', 'e.created_at'])
    .where('e.workspace_id', '=', workspaceId)
    .where('e.creator_id', '=', creatorId)
    .orderBy('e.id')
    .execute();
  const orders = await db
    .selectFrom('attributions as a')
    .innerJoin('enrollments as e', 'e.id', 'a.enrollment_id')
    .innerJoin('orders as o', 'o.id', 'a.order_id')
    .select([
      'o.id',
      'o.name',
      'o.total_minor',
      'o.currency',
      'a.rule',
      'a.campaign_id',
      'a.attributed_at',
      'o.placed_at',
    ])
    .where('a.workspace_id', '=', workspaceId)
    .where('e.creator_id', '=', creatorId)
    .orderBy('o.placed_at')
    .execute();
  const addresses = (await contactEmails(db, workspaceId, creatorId)).map((e) => e.email);
  const optOuts = await listOptOuts(db, workspaceId, creatorId, addresses);
  const emails = await db
    .selectFrom('outreach_messages')
    .select(['id', 'direction', 'kind', 'status', 'subject', 'from_address', 'to_address', 'thread_root', 'at'])
    .where('workspace_id', '=', workspaceId)
    .where('creator_id', '=', creatorId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return mergeTimeline(
    stored.map((s) => ({
      at: s.at,
      kind: s.kind as TimelineKind,
      actor_user_id: s.actor_user_id === null ? null : Number(s.actor_user_id),
      details: JSON.parse(s.details) as Record<string, unknown>,
    })),
    enrollments.map((e) => ({
      at: e.created_at,
      kind: 'campaign_enrolled' as const,
      actor_user_id: null,
      details: { enrollment_id: Number(e.id), campaign_id: Number(e.campaign_id), campaign: e.name },
    })),
    orders.map((o) => ({
      at: o.placed_at,
      kind: 'order_attributed' as const,
      actor_user_id: null,
      details: {
        order_id: Number(o.id),
        order: o.name,
        total_minor: Number(o.total_minor),
        currency: o.currency,
        rule: o.rule,
        campaign_id: o.campaign_id,
      },
    })),
    optOuts.map((o) => ({
      at: o.created_at,
      kind: 'opted_out' as const,
      actor_user_id: null,
      details: { email: o.email, reason: o.reason, source: o.source },
    })),
    emails.map((m) => ({
      at: m.at,
      kind: m.direction === 'in' ? ('email_received' as const) : ('email_sent' as const),
      actor_user_id: null,
      details: {
        message_id: Number(m.id),
        email_kind: m.kind,
        status: m.status,
        subject: m.subject,
        from: m.from_address,
        to: m.to_address,
        thread: m.thread_root,
      },
    })),
  );
}
