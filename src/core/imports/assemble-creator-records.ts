// Turns the facts of one import into CreatorRecords for the writer, in an order that works whatever
// the order of the files: profiles first, then posts, post metrics, reported metrics, audiences.
//
// One record per (account, source, observedAt): the writer keeps one provenance per account record,
// so facts from different sources or dates go to separate records of the same account, and records
// that carry a profile come first so that the account exists before anything refers to it.
//
// Re-imports must change nothing, so within one import every object gets one value: when two files
// describe the same profile, post or audience without dates of their own, the later file wins and a
// warning says so (otherwise the two would overwrite each other on every run).
import type { AccountRecord, AudienceRecord, CreatorRecord, PostRecord, ReportedValue } from '../creators/creator-record.ts';
import { AccountDirectory, describeRef, targetOf, type AccountTarget, type KnownAccount, type KnownPost } from './account-directory.ts';
import type { AccountRef, PlatformFact, ProfileFact } from './platform-facts.ts';
import type { Parsed, Rejection } from './rejection.ts';

export interface AssembleOptions {
  /** For facts the payload does not date: the --observed-at date, or the import's default. */
  observedAt: string;
  fetchedAt: string;
  /** The account named on the command line for payloads that do not name theirs. */
  defaultAccount?: AccountRef;
  known: { accounts: readonly KnownAccount[]; posts: readonly KnownPost[] };
}

interface Group {
  target: AccountTarget;
  source: string;
  observedAt: string;
  files: Set<string>;
  profile?: ProfileFact;
  posts: Map<string, PostRecord>;
  reported: Map<string, ReportedValue>;
  audiences: Map<string, AudienceRecord>;
}

export function assembleCreatorRecords(facts: readonly PlatformFact[], options: AssembleOptions): Parsed<CreatorRecord> {
  const rejections: Rejection[] = [];
  const warnings: string[] = [];
  const directory = new AccountDirectory(options.known.accounts);
  const knownPosts = new Map(options.known.posts.map((p) => [`${p.platform}:${p.externalId}`, p]));
  const groups = new Map<string, Group>();
  const postHome = new Map<string, { group: Group; file: string }>();
  const audienceHome = new Map<string, { group: Group; file: string }>();

  const groupFor = (target: AccountTarget, source: string, observedAt: string, file: string): Group => {
    const key = `${target.key}|${source}|${observedAt}`;
    let group = groups.get(key);
    if (!group) {
      group = { target, source, observedAt, files: new Set(), posts: new Map(), reported: new Map(), audiences: new Map() };
      groups.set(key, group);
    }
    group.files.add(file);
    return group;
  };
  const reject = (fact: PlatformFact, reason: string) => rejections.push({ record: fact.origin.file, field: fact.origin.path, reason });
  const ownerOf = (fact: PlatformFact & { owner: AccountRef | undefined }): AccountTarget | undefined => {
    const ref = fact.owner ?? options.defaultAccount;
    if (!ref) {
      reject(fact, 'the payload does not name its account; pass --account HANDLE to say whose it is');
      return undefined;
    }
    const target = directory.resolve(ref);
    if (!target) reject(fact, `${describeRef(ref)} is not known: import its profile first, or in the same import`);
    return target;
  };

  for (const fact of facts) {
    if (fact.kind !== 'profile') continue;
    const replaced = directory.addProfile(fact);
    if (replaced && replaced.origin.file !== fact.origin.file) {
      warnings.push(`${replaced.origin.file} and ${fact.origin.file} both give the profile of ${fact.account.platform} account ${fact.account.externalId} without a date of their own; `
        + `kept ${fact.origin.file} (later in the list). Import them separately with --observed-at to keep both readings.`);
    }
  }
  for (const fact of facts) {
    if (fact.kind !== 'profile') continue;
    if (directory.profileOf(targetOf(fact.account)) !== fact) continue;
    groupFor(targetOf(fact.account), fact.source, fact.observedAt ?? options.observedAt, fact.origin.file).profile = fact;
  }

  for (const fact of facts) {
    if (fact.kind !== 'posts') continue;
    if (fact.owner && fact.placeholder && !directory.resolve(fact.owner)) {
      directory.addProfile(fact.placeholder);
      groupFor(targetOf(fact.placeholder.account), fact.placeholder.source, fact.placeholder.observedAt ?? options.observedAt, fact.origin.file).profile = fact.placeholder;
    }
    const target = ownerOf(fact);
    if (!target) continue;
    const group = groupFor(target, fact.source, fact.observedAt ?? options.observedAt, fact.origin.file);
    const guessed = new Set(fact.typeGuessed ?? []);
    for (const post of fact.posts) {
      const key = `${target.platform}:${post.externalId}`;
      const previous = postHome.get(key);
      const storedType = (previous?.group.posts.get(post.externalId) ?? knownPosts.get(key))?.type;
      let kept = guessed.has(post.externalId) && storedType ? { ...post, type: storedType } : post;
      if (previous) {
        // The same post read twice (say with and without the statistics part): what the later file
        // says wins, what it leaves out is kept from the earlier one.
        const before = previous.group.posts.get(post.externalId)!;
        previous.group.posts.delete(post.externalId);
        const conflicts = conflictingFields(before, kept);
        if (previous.file !== fact.origin.file && conflicts.length > 0) {
          warnings.push(`post ${post.externalId}: ${conflicts.join(', ')} ${conflicts.length === 1 ? 'differs' : 'differ'} between ${previous.file} and ${fact.origin.file}; kept ${fact.origin.file} (later in the list)`);
        }
        kept = { ...before, ...definedOnly(kept) };
      }
      group.posts.set(post.externalId, kept);
      postHome.set(key, { group, file: fact.origin.file });
    }
  }

  for (const fact of facts) {
    if (fact.kind !== 'post_metrics') continue;
    const key = `${fact.platform}:${fact.postExternalId}`;
    const inImport = postHome.get(key);
    const stored = knownPosts.get(key);
    if (!inImport && !stored) {
      reject(fact, `${fact.platform} media ${fact.postExternalId} is not known: import the media (a Business Discovery page or a media read) first, or in the same import`);
      continue;
    }
    if (fact.ignored.length > 0) {
      warnings.push(`${fact.origin.file}: media ${fact.postExternalId}: ${fact.ignored.join(', ')} not stored (microreach keeps impressions, reach and saves)`);
    }
    if (Object.keys(fact.metrics).length === 0) continue;
    if (inImport) {
      const post = inImport.group.posts.get(fact.postExternalId)!;
      inImport.group.posts.set(fact.postExternalId, { ...post, ...fact.metrics });
      inImport.group.files.add(fact.origin.file);
      continue;
    }
    const group = groupFor(targetOf({ ...stored!.account, externalId: stored!.account.externalId ?? undefined }), fact.source, options.observedAt, fact.origin.file);
    const post: PostRecord = { externalId: stored!.externalId, type: stored!.type, postedAt: stored!.postedAt, ...fact.metrics };
    group.posts.set(post.externalId, { ...group.posts.get(post.externalId), ...post });
    postHome.set(key, { group, file: fact.origin.file });
  }

  for (const fact of facts) {
    if (fact.kind !== 'reported') continue;
    const target = ownerOf(fact);
    if (!target) continue;
    const group = groupFor(target, fact.source, fact.observedAt ?? options.observedAt, fact.origin.file);
    for (const value of fact.reported) group.reported.set(value.metric, value);
  }

  for (const fact of facts) {
    if (fact.kind !== 'audiences') continue;
    const target = ownerOf(fact);
    if (!target) continue;
    const group = groupFor(target, fact.source, fact.observedAt ?? options.observedAt, fact.origin.file);
    for (const audience of fact.audiences) {
      const key = `${target.key}|${audience.dimension}|${audience.source}`;
      const previous = audienceHome.get(key);
      if (previous) {
        previous.group.audiences.delete(`${audience.dimension}|${audience.source}`);
        if (previous.file !== fact.origin.file) warnings.push(`${previous.file} and ${fact.origin.file} both give the ${audience.source} ${audience.dimension} audience of ${target.platform} @${target.handle}; kept ${fact.origin.file} (later in the list)`);
      }
      group.audiences.set(`${audience.dimension}|${audience.source}`, { ...audience, asOf: audience.asOf ?? options.observedAt });
      audienceHome.set(key, { group, file: fact.origin.file });
    }
  }

  // Groups were created profiles first (and a stand-in profile just before its posts), so the
  // records that create an account are written before those that refer to it.
  const records = [...groups.values()].flatMap((group) => {
    const value = toRecord(group, options.fetchedAt);
    return value ? [{ label: `${[...group.files].join(', ')}: ${group.target.platform} @${group.target.handle} (${group.source})`, value }] : [];
  });
  const distinct = [...new Map(rejections.map((r) => [JSON.stringify(r), r])).values()];
  return { records, rejections: distinct, warnings };
}

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

function conflictingFields(a: PostRecord, b: PostRecord): string[] {
  return (Object.keys(b) as (keyof PostRecord)[])
    .filter((k) => a[k] !== undefined && b[k] !== undefined && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

function toRecord(group: Group, fetchedAt: string): CreatorRecord | undefined {
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
