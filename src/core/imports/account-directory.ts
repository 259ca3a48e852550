// Finds the account a fact speaks of: among the profiles of the same import first (the newest
// word on it), then among accounts already stored. Platform ids win over handles, as in the writer.
import type { Platform, PostType } from '../creators/creator-record.ts';
import type { AccountRef, ProfileFact } from './platform-facts.ts';

/** An account already stored, as far as an import needs to know it. */
export interface KnownAccount {
  platform: Platform;
  handle: string;
  externalId: string | null;
}

/** A post already stored, with its account. */
export interface KnownPost {
  platform: Platform;
  externalId: string;
  type: PostType;
  postedAt: string;
  account: KnownAccount;
}

/** The account a group of facts is written to. */
export interface AccountTarget {
  key: string;
  platform: Platform;
  handle: string;
  externalId?: string;
}

export class AccountDirectory {
  private readonly profiles = new Map<string, ProfileFact>();
  private readonly handles = new Map<string, string>();

  private readonly knownById = new Map<string, KnownAccount>();
  private readonly knownByHandle = new Map<string, KnownAccount>();

  constructor(known: readonly KnownAccount[]) {
    for (const a of known) {
      if (a.externalId) this.knownById.set(idKey(a.platform, a.externalId), a);
      this.knownByHandle.set(handleKey(a.platform, a.handle), a);
    }
  }

  /** Registers a profile of this import; returns the one it replaces, if any. */
  addProfile(fact: ProfileFact): ProfileFact | undefined {
    const key = idKey(fact.account.platform, fact.account.externalId);
    const previous = this.profiles.get(key);
    this.profiles.set(key, fact);
    this.handles.set(handleKey(fact.account.platform, fact.account.handle), key);
    return previous;
  }

  profileOf(target: AccountTarget): ProfileFact | undefined {
    return this.profiles.get(target.key);
  }

  resolve(ref: AccountRef): AccountTarget | undefined {
    const inImport =
      ref.externalId !== undefined
        ? this.profiles.get(idKey(ref.platform, ref.externalId))
        : this.profiles.get(this.handles.get(handleKey(ref.platform, ref.handle)) ?? '');
    if (inImport) return targetOf(inImport.account);
    const stored =
      ref.externalId !== undefined
        ? this.knownById.get(idKey(ref.platform, ref.externalId))
        : this.knownByHandle.get(handleKey(ref.platform, ref.handle));
    return stored
      ? targetOf({ platform: stored.platform, handle: stored.handle, externalId: stored.externalId ?? undefined })
      : undefined;
  }
}

export function targetOf(a: { platform: Platform; handle: string; externalId?: string }): AccountTarget {
  return {
    key: a.externalId ? idKey(a.platform, a.externalId) : handleKey(a.platform, a.handle),
    platform: a.platform,
    handle: a.handle,
    externalId: a.externalId,
  };
}

export const describeRef = (ref: AccountRef) =>
  ref.externalId !== undefined ? `${ref.platform} account ${ref.externalId}` : `${ref.platform} account @${ref.handle}`;

const idKey = (platform: Platform, externalId: string) => `${platform}:id:${externalId}`;
const handleKey = (platform: Platform, handle: string) => `${platform}:handle:${handle}`;
