// What the account classifier may know about an Instagram account: public profile numbers only.
// Every field is optional because a follower or commenter is often only partly known; a missing
// field is averaged over by the model, never read as zero. null means the same as absent.

export interface AccountProfile {
  followers?: number | null;
  following?: number | null;
  posts?: number | null;
  hasProfilePicture?: boolean | null;
  isPrivate?: boolean | null;
  /** Characters in the bio; `bio` is used when this is absent. */
  bioLength?: number | null;
  bio?: string | null;
  /** The handle; its length and digit count are read from it when known. */
  username?: string | null;
  /** When only counts are known (InstaFake gives these instead of the name). */
  usernameLength?: number | null;
  usernameDigitCount?: number | null;
  /** When only the ratio is known (the Kaggle set gives digits ÷ length). */
  usernameDigitRatio?: number | null;
}

/** A profile with a known answer, for fitting and evaluating the classifier. */
export interface LabelledAccount {
  profile: AccountProfile;
  isFake: boolean;
}
