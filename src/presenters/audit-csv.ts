// The audit log as CSV (RFC 4180 quoting; cells that a spreadsheet would run as a formula are prefixed with ').
import type { AuditEvent } from '../storage/schema.ts';

export const cell = (value: string | number | null) => {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function auditCsv(events: AuditEvent[]): string {
  const lines = [['id', 'at', 'actor', 'user_id', 'action', 'target', 'details'].join(',')];
  for (const e of events)
    lines.push([e.id, e.created_at, e.actor, e.user_id, e.action, e.target, e.details].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
