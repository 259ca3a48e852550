// One timeline per relationship: events stored when they happen (stage changes, notes, tasks, list
// additions) merged with what other areas already record (campaign enrollments, attributed orders),
// newest first. Later sources (emails, deals, posts, payments) add kinds here, nothing else changes.

export const TIMELINE_KINDS = [
  'relationship_started',
  'stage_changed',
  'owner_changed',
  'tags_changed',
  'note_added',
  'task_added',
  'task_done',
  // A task's reminder went off (reminder.due job): the assignee was emailed when a mailbox could.
  'reminder_sent',
  'field_changed',
  'opted_out',
  'list_added',
  'list_removed',
  'campaign_enrolled',
  'order_attributed',
  // Outreach (issue 13): a creator enrolled in a sequence, and why she left it.
  'sequence_enrolled',
  'sequence_left',
  // Emails with her (outreach_messages), merged at read time: sent by the brand, received from her.
  'email_sent',
  'email_received',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  /** The user who did it, when a user did. */
  actor_user_id: number | null;
  details: Record<string, unknown>;
}

/** Newest first; at equal times, stored order (the input order of each source) is kept. */
export function mergeTimeline(...sources: TimelineEntry[][]): TimelineEntry[] {
  return sources
    .flat()
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.at === b.entry.at ? b.index - a.index : a.entry.at < b.entry.at ? 1 : -1))
    .map(({ entry }) => entry);
}
