// Relationships for a terminal: one line per creator with her stage, owner, last email and email counts.
import type { presentRelationship } from './present-relationship.ts';

type Item = ReturnType<typeof presentRelationship>;

export const OUTREACH_NOTE =
  'Emails: sent from and received by this workspace’s mailboxes; last contact "-" means no email yet.';

export function formatRelationships(items: Item[]): string {
  if (items.length === 0)
    return (
      'No relationships yet: add creators to a list, or: ' +
      'microreach relationships set-stage platform:handle STAGE --workspace W'
    );
  const rows = items.map((r) => {
    const account = r.accounts[0];
    return [
      account ? `${account.platform}:${account.handle}` : `creator ${r.creator_id}`,
      r.stage,
      r.owner?.email ?? '-',
      r.last_contact_at ?? '-',
      String(r.emails.sent),
      String(r.emails.received),
    ];
  });
  const table = [['creator', 'stage', 'owner', 'last contact', 'sent', 'received'], ...rows];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const lines = table.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  return [...lines, '', OUTREACH_NOTE].join('\n');
}
