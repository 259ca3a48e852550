// The shape of one niche's vocabulary. Captions, bios, comments and handles are assembled from
// these lists, so a search for a niche's words finds that niche's creators.
export interface NicheWords {
  /** What the niche posts about, singular or plural as it reads best after an adjective. */
  nouns: readonly string[];
  adjectives: readonly string[];
  /** Caption openers; `{noun}` and `{adj}` are filled from the lists above. */
  lines: readonly string[];
  /** Who the creator says they are, first line of the bio. */
  roles: readonly string[];
  /** A second bio line. */
  bioLines: readonly string[];
  /** Without '#', lower case. Never a disclosure marker (#ad, #gifted…): that would make an organic post look sponsored. */
  hashtags: readonly string[];
  /** Fictional brand accounts (lower case handles) that sponsor or get tagged in this niche. */
  brands: readonly string[];
  /** Genuine follower comments in English, specific to the niche. */
  comments: readonly string[];
  emojis: readonly string[];
  /** Words that end up in handles: "anklet" → ana.anklets. */
  handleWords: readonly string[];
}
