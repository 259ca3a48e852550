// Where a workspace's tracked links may send people: its own site domains (and their subdomains).
// Without this list a tracked link is an open redirect on the installation's own origin.

/** The most domains a workspace keeps (a brand has a few sites, not hundreds). */
export const MAX_ALLOWED_DOMAINS = 50;

// One DNS label: letters, digits and inner hyphens, at most 63 characters. Bounded quantifier on a
// label of at most 63 characters: no super-linear backtracking.
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A host name as given ("Shop.Example.com") lower-cased, or the reason it is not one. */
export function normalizeDomain(entry: string): { ok: true; domain: string } | { ok: false; reason: string } {
  const domain = entry.trim().toLowerCase();
  if (domain === '') return { ok: false, reason: 'is empty' };
  if (domain.length > 253) return { ok: false, reason: 'is longer than 253 characters' };
  if (domain.includes('://') || domain.includes('/')) {
    return { ok: false, reason: 'is a URL: give the host name only, e.g. shop.example.com' };
  }
  const labels = domain.split('.');
  if (labels.length < 2) return { ok: false, reason: 'needs a dot, e.g. example.com' };
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined) {
    const rule = 'letters, digits and inner hyphens; non-ASCII names in punycode';
    return { ok: false, reason: `has an invalid label "${bad}" (${rule})` };
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1]!)) return { ok: false, reason: 'is an IP address, not a domain' };
  return { ok: true, domain };
}

/** A whole list, de-duplicated and sorted, or the first bad entry with its index and reason. */
export function normalizeDomainList(
  entries: readonly string[],
): { ok: true; domains: string[] } | { ok: false; index: number; entry: string; reason: string } {
  if (entries.length > MAX_ALLOWED_DOMAINS) {
    const reason = `is one too many (at most ${MAX_ALLOWED_DOMAINS} domains)`;
    return { ok: false, index: MAX_ALLOWED_DOMAINS, entry: entries[MAX_ALLOWED_DOMAINS]!, reason };
  }
  const domains = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const result = normalizeDomain(entry);
    if (!result.ok) return { ok: false, index, entry, reason: result.reason };
    domains.add(result.domain);
  }
  return { ok: true, domains: [...domains].sort() };
}

/** Whether a destination URL is an http(s) URL on one of the domains or a subdomain of one. */
export function isAllowedDestination(destination: string, domains: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(destination);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
