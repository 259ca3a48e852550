// Which of our messages an email answers: the ids it names, most telling first. In-Reply-To is the
// message answered; References lists the thread from its root, so its last id is the nearest.

/** Message-IDs (without angle brackets) named in a header value such as References. */
export function parseMessageIds(header: string | null | undefined): string[] {
  if (!header) return [];
  const ids = [...header.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1] as string);
  if (ids.length > 0) return ids;
  return header.split(/[\s,]+/).filter((s) => s.includes('@'));
}

/** In-Reply-To first, then References from the nearest to the root; each id once. */
export function threadCandidates(
  inReplyTo: string | null | undefined,
  references: string | null | undefined,
): string[] {
  const out: string[] = [];
  for (const id of [...parseMessageIds(inReplyTo), ...parseMessageIds(references).reverse()])
    if (!out.includes(id)) out.push(id);
  return out;
}
