// A creator list as CSV (one row per account), with the audit log's cell quoting (formula-safe).
import type { ListMember } from '../storage/relationships/creator-lists.ts';
import { cell } from './audit-csv.ts';

export function listCsv(members: ListMember[]): string {
  const header = ['platform', 'handle', 'name', 'email', 'followers', 'stage', 'added_at'];
  const rows = members.map((m) =>
    [m.platform, m.handle, m.display_name, m.email, m.followers, m.stage, m.added_at].map(cell).join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
