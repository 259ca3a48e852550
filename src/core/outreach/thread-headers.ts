// Threading headers of an email written under an earlier one (RFC 5322 §3.6.4): In-Reply-To is the
// parent's Message-ID; References is the parent's References followed by the parent's Message-ID, so
// every mail client shows a sequence and its replies as one thread. Ids are kept without brackets.

export interface ThreadParent {
  messageId: string;
  references: string[];
  threadRoot: string;
}

export interface ThreadHeaders {
  inReplyTo: string | null;
  references: string[];
  threadRoot: string;
}

export function threadHeaders(messageId: string, parent: ThreadParent | null): ThreadHeaders {
  if (!parent) return { inReplyTo: null, references: [], threadRoot: messageId };
  const references = [...parent.references.filter((id) => id !== parent.messageId), parent.messageId];
  return { inReplyTo: parent.messageId, references, threadRoot: parent.threadRoot };
}

/** The space-separated ids of a References header, brackets removed. */
export function parseReferences(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(/\s+/)
    .map((id) => id.replace(/^<|>$/g, ''))
    .filter((id) => id.length > 0);
}

/** `<random@domain>` of the brand's own address, so the id names the sender's domain like a mail client's. */
export function newMessageId(fromAddress: string, random: string): string {
  const domain = fromAddress.split('@')[1]?.toLowerCase();
  if (!domain) throw new Error(`"${fromAddress}" is not an email address`);
  return `${random}@${domain}`;
}
