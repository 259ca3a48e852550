// The audit log: appended by services in the transaction of the change, read filtered and paged.
import type { DB } from '../connect.ts';
import type { AuditEvent } from '../schema.ts';

export interface AuditWho {
  workspaceId: number;
  userId: number | null;
  label: string;
}

export async function recordAudit(
  db: DB,
  who: AuditWho,
  action: string,
  target: string | null = null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      workspace_id: who.workspaceId,
      user_id: who.userId,
      actor: who.label,
      action,
      target,
      details: JSON.stringify(details),
      created_at: new Date().toISOString(),
    })
    .execute();
}

export interface AuditFilter {
  action?: string;
  userId?: number;
  since?: string;
  until?: string;
  beforeId?: number;
  limit: number;
}

/** Newest first; `action` matches a whole action ("token.created") or a family ("token"). */
export function listAuditEvents(db: DB, workspaceId: number, filter: AuditFilter): Promise<AuditEvent[]> {
  let q = db.selectFrom('audit_events').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.action) {
    const family = filter.action;
    q = q.where((eb) => eb.or([eb('action', '=', family), eb('action', 'like', `${family.replace(/[\\%_]/g, '')}.%`)]));
  }
  if (filter.userId !== undefined) q = q.where('user_id', '=', filter.userId);
  if (filter.since) q = q.where('created_at', '>=', filter.since);
  if (filter.until) q = q.where('created_at', '<', filter.until);
  if (filter.beforeId !== undefined) q = q.where('id', '<', filter.beforeId);
  return q.orderBy('id', 'desc').limit(filter.limit).execute();
}
