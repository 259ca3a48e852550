// The records an import will write, one per (account, source, observedAt), kept in creation order.
import type {
  AccountRecord,
  AudienceRecord,
  CreatorRecord,
  PostRecord,
  ReportedValue,
} from '../creators/creator-record.ts';
import { targetOf, type AccountTarget } from './account-directory.ts';
import type { ProfileFact } from './platform-facts.ts';

export interface RecordGroup {
  target: AccountTarget;
  source: string;
  observedAt: string;
  files: Set<string>;
  profile?: ProfileFact;
  posts: Map<string, PostRecord>;
  reported: Map<string, ReportedValue>;
  audiences: Map<string, AudienceRecord>;
}

export class RecordGroups {
  private readonly groups = new Map<string, RecordGroup>();

  /** @param defaultObservedAt for facts the payload does not date. */
  constructor(private readonly defaultObservedAt: string) {}

  get(target: AccountTarget, source: string, observedAt: string | undefined, file: string): RecordGroup {
    const at = observedAt ?? this.defaultObservedAt;
    const key = `${target.key}|${source}|${at}`;
    let group = this.groups.get(key);
    if (!group) {
      group = {
        target,
        source,
        observedAt: at,
        files: new Set(),
        posts: new Map(),
        reported: new Map(),
        audiences: new Map(),
      };
      this.groups.set(key, group);
    }
    group.files.add(file);
    return group;
  }

  forProfile(fact: ProfileFact, file = fact.origin.file): RecordGroup {
    const group = this.get(targetOf(fact.account), fact.source, fact.observedAt, file);
    group.profile = fact;
    return group;
  }

  toRecords(fetchedAt: string): { label: string; value: CreatorRecord }[] {
    return [...this.groups.values()].flatMap((group) => {
      const value = toRecord(group, fetchedAt);
      const label = `${[...group.files].join(', ')}: ${group.target.platform} @${group.target.handle} (${group.source})`;
      return value ? [{ label, value }] : [];
    });
  }
}

function toRecord(group: RecordGroup, fetchedAt: string): CreatorRecord | undefined {
  const { profile, target } = group;
  const reported = [...(profile?.reported ?? []), ...group.reported.values()];
  if (!profile && group.posts.size === 0 && reported.length === 0 && group.audiences.size === 0) return undefined;
  const account: AccountRecord = {
    ...(profile?.account ?? { platform: target.platform, handle: target.handle, externalId: target.externalId }),
    provenance: { source: group.source, observedAt: group.observedAt, fetchedAt },
    ...(reported.length > 0 ? { reported } : {}),
    ...(group.posts.size > 0 ? { posts: [...group.posts.values()] } : {}),
    ...(group.audiences.size > 0 ? { audiences: [...group.audiences.values()] } : {}),
  };
  return { ...profile?.creator, accounts: [account] };
}
