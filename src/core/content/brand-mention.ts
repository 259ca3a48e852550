// How a post named the brand on the platform itself, apart from its caption: Instagram's `/tags` edge of the brand's
// account (she tagged the brand in the media), its `mentioned_media` field (she @mentioned the brand in the caption;
// Meta strips the "@", so the caption alone cannot show it) and the story-mention webhook. Each is a brand mention by
// construction; the evidence names where it was read, so a reader can check it at the source.
export const BRAND_MENTIONS = ['tagged', 'mentioned', 'story_mention'] as const;
export type BrandMention = (typeof BRAND_MENTIONS)[number];

const EVIDENCE: Record<BrandMention, string> = {
  tagged: "tagged the brand's account on Instagram (tags edge)",
  mentioned: "@mentioned the brand's account in the caption on Instagram (mentioned_media)",
  story_mention: "@mentioned the brand's account in her story on Instagram (story-mention webhook)",
};

/** The rule evidence for a brand mention: what she did and the source it was read from. */
export function brandMentionEvidence(mention: BrandMention, handles: readonly string[]): string {
  const named = handles.length === 1 ? EVIDENCE[mention].replace("the brand's account", handles[0]!) : null;
  return named ?? EVIDENCE[mention];
}

/** A stored value read back: one of the known kinds, else null (an unknown word is never taken for a mention). */
export const asBrandMention = (value: string | null | undefined): BrandMention | null =>
  (BRAND_MENTIONS as readonly string[]).includes(value ?? '') ? (value as BrandMention) : null;
