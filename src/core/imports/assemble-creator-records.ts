// Turns the facts of one import into CreatorRecords for the writer, in an order that works whatever
// the order of the files: profiles first, then posts, post metrics, reported metrics, audiences.
//
// One record per (account, source, observedAt): the writer keeps one provenance per account record,
// so facts from different sources or dates go to separate records of the same account. Groups are
// created profiles first (and a stand-in profile just before its posts), so the records that create
// an account are written before those that refer to it.
//
// Re-imports must change nothing, so within one import every object gets one value: when two files
// describe the same profile, post or audience without dates of their own, the later file wins and a
// warning says so (otherwise the two would overwrite each other on every run).
import type { CreatorRecord, PostRecord } from '../creators/creator-record.ts';
import {
  AccountDirectory,
  describeRef,
  targetOf,
  type AccountTarget,
  type KnownAccount,
  type KnownPost,
} from './account-directory.ts';
import type {
  AccountRef,
  AudienceFact,
  PlatformFact,
  PostMetricsFact,
  PostsFact,
  ProfileCountsFact,
  ProfileFact,
  ReportedFact,
} from './platform-facts.ts';
import { RecordGroups, type RecordGroup } from './record-groups.ts';
import type { Parsed, Rejection } from './rejection.ts';

export interface AssembleOptions {
  /** For facts the payload does not date: the --observed-at date, or the import's default. */
  observedAt: string;
  fetchedAt: string;
  /** The account named on the command line for payloads that do not name theirs. */
  defaultAccount?: AccountRef;
  known: { accounts: readonly KnownAccount[]; posts: readonly KnownPost[] };
}

export function assembleCreatorRecords(
  facts: readonly PlatformFact[],
  options: AssembleOptions,
): Parsed<CreatorRecord> {
  const assembly = new Assembly(options);
  const of = <K extends PlatformFact['kind']>(kind: K) =>
    facts.filter((f): f is Extract<PlatformFact, { kind: K }> => f.kind === kind);
  assembly.addProfiles([...of('profile'), ...assembly.profilesFromCounts(of('profile_counts'))]);
  for (const fact of of('posts')) assembly.addPosts(fact);
  for (const fact of of('post_metrics')) assembly.addPostMetrics(fact);
  for (const fact of of('reported')) assembly.addReported(fact);
  for (const fact of of('audiences')) assembly.addAudiences(fact);
  return assembly.result();
}

class Assembly {
  private readonly rejections: Rejection[] = [];
  private readonly warnings: string[] = [];
  private readonly directory: AccountDirectory;
  private readonly knownPosts: Map<string, KnownPost>;
  private readonly groups: RecordGroups;
  /** Where each post and audience of this import sits, so that a later file can take it over. */
  private readonly postHome = new Map<string, { group: RecordGroup; file: string }>();
  private readonly audienceHome = new Map<string, { group: RecordGroup; file: string }>();

  constructor(private readonly options: AssembleOptions) {
    this.directory = new AccountDirectory(options.known.accounts);
    this.knownPosts = new Map(options.known.posts.map((p) => [`${p.platform}:${p.externalId}`, p]));
    this.groups = new RecordGroups(options.observedAt);
  }

  addProfiles(profiles: ProfileFact[]) {
    for (const fact of profiles) {
      const replaced = this.directory.addProfile(fact);
      if (replaced && replaced.origin.file !== fact.origin.file) {
        this.warnings.push(
          `${replaced.origin.file} and ${fact.origin.file} both give the profile of ${fact.account.platform} account ${fact.account.externalId} without a date of their own; ` +
            `kept ${fact.origin.file} (later in the list). Import them separately with --observed-at to keep both readings.`,
        );
      }
    }
    for (const fact of profiles) {
      if (this.directory.profileOf(targetOf(fact.account)) === fact) this.groups.forProfile(fact);
    }
  }

  /** Counts named by platform id only become a profile of the account that id (or --account) names. */
  profilesFromCounts(facts: ProfileCountsFact[]): ProfileFact[] {
    return facts.flatMap((fact) => {
      const byId = this.directory.resolve({ platform: fact.platform, externalId: fact.externalId });
      const named = this.options.defaultAccount;
      const byName =
        named?.platform === fact.platform ? (named.handle ?? this.directory.resolve(named)?.handle) : undefined;
      const handle = byId?.handle ?? byName;
      if (!handle) {
        this.reject(
          fact,
          `the answer gives the numbers of ${fact.platform} account ${fact.externalId} ` +
            'but not its username: pass --account HANDLE (the username the request asked for)',
        );
        return [];
      }
      const account = { platform: fact.platform, handle, externalId: fact.externalId, ...fact.counts };
      const { origin, source, observedAt } = fact;
      return [{ kind: 'profile' as const, origin, source, observedAt, creator: {}, account }];
    });
  }

  addPosts(fact: PostsFact) {
    if (fact.owner && fact.placeholder && !this.directory.resolve(fact.owner)) {
      this.directory.addProfile(fact.placeholder);
      this.groups.forProfile(fact.placeholder, fact.origin.file);
    }
    const target = this.ownerOf(fact);
    if (!target) return;
    const group = this.groups.get(target, fact.source, fact.observedAt, fact.origin.file);
    const guessed = new Set(fact.typeGuessed ?? []);
    for (const post of fact.posts) {
      const key = `${target.platform}:${post.externalId}`;
      const previous = this.postHome.get(key);
      const before = previous?.group.posts.get(post.externalId);
      const storedType = (before ?? this.knownPosts.get(key))?.type;
      let kept = guessed.has(post.externalId) && storedType ? { ...post, type: storedType } : post;
      if (previous && before) {
        // The same post read twice (say with and without the statistics part): what the later file
        // says wins, what it leaves out is kept from the earlier one.
        previous.group.posts.delete(post.externalId);
        const conflicts = conflictingFields(before, kept);
        if (previous.file !== fact.origin.file && conflicts.length > 0) {
          this.warnings.push(
            `post ${post.externalId}: ${conflicts.join(', ')} ${conflicts.length === 1 ? 'differs' : 'differ'} between ${previous.file} and ${fact.origin.file}; kept ${fact.origin.file} (later in the list)`,
          );
        }
        kept = { ...before, ...definedOnly(kept) };
      }
      group.posts.set(post.externalId, kept);
      this.postHome.set(key, { group, file: fact.origin.file });
    }
  }

  addPostMetrics(fact: PostMetricsFact) {
    const key = `${fact.platform}:${fact.postExternalId}`;
    const inImport = this.postHome.get(key);
    const stored = this.knownPosts.get(key);
    if (!inImport && !stored) {
      this.reject(
        fact,
        `${fact.platform} media ${fact.postExternalId} is not known: import the media (a Business Discovery page or a media read) first, or in the same import`,
      );
      return;
    }
    if (fact.ignored.length > 0) {
      this.warnings.push(
        `${fact.origin.file}: media ${fact.postExternalId}: ${fact.ignored.join(', ')} not stored (microreach keeps impressions, reach and saves)`,
      );
    }
    if (Object.keys(fact.metrics).length === 0) return;
    if (inImport) {
      const post = inImport.group.posts.get(fact.postExternalId)!;
      inImport.group.posts.set(fact.postExternalId, { ...post, ...fact.metrics });
      inImport.group.files.add(fact.origin.file);
      return;
    }
    // A post stored by an earlier import: restate its type and date (unchanged) with the new metrics.
    const target = targetOf({ ...stored!.account, externalId: stored!.account.externalId ?? undefined });
    const group = this.groups.get(target, fact.source, undefined, fact.origin.file);
    group.posts.set(stored!.externalId, {
      externalId: stored!.externalId,
      type: stored!.type,
      postedAt: stored!.postedAt,
      ...fact.metrics,
    });
    this.postHome.set(key, { group, file: fact.origin.file });
  }

  addReported(fact: ReportedFact) {
    const target = this.ownerOf(fact);
    if (!target) return;
    const group = this.groups.get(target, fact.source, fact.observedAt, fact.origin.file);
    for (const value of fact.reported) group.reported.set(value.metric, value);
  }

  addAudiences(fact: AudienceFact) {
    const target = this.ownerOf(fact);
    if (!target) return;
    const group = this.groups.get(target, fact.source, fact.observedAt, fact.origin.file);
    for (const audience of fact.audiences) {
      const slot = `${audience.dimension}|${audience.source}`;
      const key = `${target.key}|${slot}`;
      const previous = this.audienceHome.get(key);
      if (previous) {
        previous.group.audiences.delete(slot);
        if (previous.file !== fact.origin.file) {
          this.warnings.push(
            `${previous.file} and ${fact.origin.file} both give the ${audience.source} ${audience.dimension} audience of ${target.platform} @${target.handle}; kept ${fact.origin.file} (later in the list)`,
          );
        }
      }
      group.audiences.set(slot, { ...audience, asOf: audience.asOf ?? this.options.observedAt });
      this.audienceHome.set(key, { group, file: fact.origin.file });
    }
  }

  result(): Parsed<CreatorRecord> {
    const distinct = [...new Map(this.rejections.map((r) => [JSON.stringify(r), r])).values()];
    return { records: this.groups.toRecords(this.options.fetchedAt), rejections: distinct, warnings: this.warnings };
  }

  private reject(fact: PlatformFact, reason: string) {
    this.rejections.push({ record: fact.origin.file, field: fact.origin.path, reason });
  }

  private ownerOf(fact: { owner: AccountRef | undefined } & PlatformFact): AccountTarget | undefined {
    const ref = fact.owner ?? this.options.defaultAccount;
    if (!ref) {
      this.reject(fact, 'the payload does not name its account; pass --account HANDLE to say whose it is');
      return undefined;
    }
    const target = this.directory.resolve(ref);
    if (!target) this.reject(fact, `${describeRef(ref)} is not known: import its profile first, or in the same import`);
    return target;
  }
}

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

function conflictingFields(a: PostRecord, b: PostRecord): string[] {
  return (Object.keys(b) as (keyof PostRecord)[]).filter(
    (k) => a[k] !== undefined && b[k] !== undefined && JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}
