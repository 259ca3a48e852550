// The workspace's audit log: filtered and paged as JSON, or exported as CSV (the export is itself audited).
import { Hono, type Context } from 'hono';
import { auditCsv } from '../../presenters/audit-csv.ts';
import { listAuditEvents, recordAudit } from '../../storage/access/audit-events.ts';
import type { AppEnv } from '../context.ts';
import { auditQuery } from '../schemas/team.ts';
import { parseWith } from '../validate.ts';

async function events(c: Context<AppEnv>, maxLimit?: number) {
  const q = parseWith(auditQuery, c.req.query(), 'query');
  return listAuditEvents(c.get('deps').db, c.get('actor').workspaceId, {
    action: q.action,
    userId: q.user_id,
    since: q.since,
    until: q.until,
    beforeId: q.before_id,
    limit: maxLimit ?? q.limit,
  });
}

export const auditRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const rows = await events(c);
  return c.json({
    items: rows.map((e) => ({
      id: e.id,
      at: e.created_at,
      actor: e.actor,
      user_id: e.user_id,
      action: e.action,
      target: e.target,
      details: JSON.parse(e.details) as Record<string, unknown>,
    })),
  });
});

export const auditCsvRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const rows = await events(c, 100_000);
  await recordAudit(c.get('deps').db, c.get('actor'), 'export.audit_log', null, {
    rows: rows.length,
    filter: c.req.query(),
  });
  return c.body(auditCsv(rows), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="audit-log.csv"',
  });
});
