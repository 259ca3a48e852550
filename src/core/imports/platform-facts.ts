// What a platform payload says, before it is tied to stored accounts. Connectors turn each payload
// into facts; the assembler groups the facts of one import into CreatorRecords. Facts that need an
// account (a media page, insights, demographics) name it by platform id or handle; whether that
// account exists is decided later, against the same import and the database.
import type {
  AccountRecord,
  AudienceRecord,
  CreatorRecord,
  Platform,
  PostRecord,
  ReportedValue,
} from '../creators/creator-record.ts';

/** Where a fact came from, for messages: the file (or fetched URL label) and the JSON path. */
export interface FactOrigin {
  file: string;
  path: string;
}

/** How a payload names an account. */
export type AccountRef =
  | { platform: Platform; externalId: string; handle?: undefined }
  | { platform: Platform; handle: string; externalId?: undefined };

interface FactBase {
  origin: FactOrigin;
  /** Provenance source, e.g. "instagram_graph:business_discovery". */
  source: string;
  /** When the payload itself dates its values; otherwise the import's default applies. */
  observedAt?: string;
}

export type AccountProfile = Omit<AccountRecord, 'provenance' | 'posts' | 'audiences' | 'reported' | 'externalId'> & {
  externalId: string;
};

export interface ProfileFact extends FactBase {
  kind: 'profile';
  creator: Pick<CreatorRecord, 'displayName' | 'country'>;
  account: AccountProfile;
  reported?: ReportedValue[];
}

/**
 * Profile numbers of an account the payload names by platform id only (a Business Discovery answer
 * asked for counts but not the username): tied to its account by that id, else by --account.
 */
export interface ProfileCountsFact extends FactBase {
  kind: 'profile_counts';
  platform: Platform;
  externalId: string;
  counts: Pick<AccountProfile, 'followers' | 'following' | 'postsCount'>;
}

export interface PostsFact extends FactBase {
  kind: 'posts';
  /** undefined: the payload does not say whose posts these are (the import's --account applies). */
  owner: AccountRef | undefined;
  posts: PostRecord[];
  /** External ids of posts whose type the payload does not really say: a type stored before wins. */
  typeGuessed?: string[];
  /** A stand-in profile to create when the owner is unknown (YouTube videos carry their channel's title). */
  placeholder?: ProfileFact;
}

export interface PostMetricsFact extends FactBase {
  kind: 'post_metrics';
  platform: Platform;
  postExternalId: string;
  metrics: Pick<PostRecord, 'impressions' | 'reach' | 'saves'>;
  /** Metric names present in the payload that microreach does not store (reported as a warning). */
  ignored: string[];
}

export interface ReportedFact extends FactBase {
  kind: 'reported';
  owner: AccountRef;
  reported: ReportedValue[];
}

export interface AudienceFact extends FactBase {
  kind: 'audiences';
  owner: AccountRef | undefined;
  /** asOf may be missing when the payload does not date the distribution. */
  audiences: (Omit<AudienceRecord, 'asOf'> & { asOf?: string })[];
}

export type PlatformFact = ProfileFact | ProfileCountsFact | PostsFact | PostMetricsFact | ReportedFact | AudienceFact;

/** What a connector read from a set of payloads. */
export interface ParsedFacts {
  facts: PlatformFact[];
  rejections: import('./rejection.ts').Rejection[];
  warnings: string[];
}
