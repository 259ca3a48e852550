// When a connection's access token is renewed: a week before it expires (Instagram's long-lived tokens last 60 days
// and may be refreshed once a day old), or 5 minutes before for hour-long tokens (Google, TikTok), which the next
// read renews on use. null when the token does not expire.
const DAY_MS = 86_400_000;

export function refreshDueAt(accessExpiresAt: string | null, issuedAt: string): string | null {
  if (accessExpiresAt === null) return null;
  const expires = Date.parse(accessExpiresAt);
  const lifetime = expires - Date.parse(issuedAt);
  const margin = lifetime > 14 * DAY_MS ? 7 * DAY_MS : Math.min(5 * 60_000, lifetime / 2);
  return new Date(expires - margin).toISOString();
}

/** Whether the access token should be renewed before it is used at `now`. */
export const needsRefresh = (accessExpiresAt: string | null, issuedAt: string, now: Date): boolean => {
  const due = refreshDueAt(accessExpiresAt, issuedAt);
  return due !== null && Date.parse(due) <= now.getTime();
};
