// The one JSON shape of a relationship (API and CLI --json), and of a list.
import type { RelationshipRow } from '../storage/relationships/list-relationships.ts';

export function presentRelationship(r: RelationshipRow) {
  return {
    id: r.id,
    creator_id: r.creator_id,
    name: r.display_name,
    accounts: r.accounts,
    stage: r.stage,
    stage_changed_at: r.stage_changed_at,
    owner: r.owner_user_id !== null && r.owner_email ? { id: r.owner_user_id, email: r.owner_email } : null,
    tags: JSON.parse(r.tags) as string[],
    open_tasks: r.open_tasks,
    next_due_on: r.next_due_on,
    last_contact_at: r.last_contact_at,
    emails: { sent: r.emails_sent, received: r.emails_received, tracked: true },
    updated_at: r.updated_at,
  };
}

export const presentList = (l: {
  id: number;
  name: string;
  size?: number;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}) => ({
  id: l.id,
  name: l.name,
  size: l.size ?? 0,
  created_by: l.created_by === null ? null : Number(l.created_by),
  created_at: l.created_at,
  updated_at: l.updated_at,
});
