// Imports recorded or fetched platform API responses (Instagram Graph, YouTube Data API) in one
// run: parse each file, tie the facts to the accounts and posts of this import and of the database,
// and store them through runImport. Files may come in any order (profiles are written first).
//
// observedAt, for values a payload does not date (profiles, media counts, demographics):
// --observed-at when given; for a live fetch, the time of the read; for a recorded file, whose read
// time is unknown, midnight UTC of the import day. Re-importing the same files on the same day
// therefore changes nothing; on a later day the writer skips series points equal to the previous
// ones, so only truly new numbers are added. Dates inside the payload (insights end_time) always win.
import { assembleCreatorRecords } from '../../core/imports/assemble-creator-records.ts';
import type { AccountRef, ParsedFacts, PlatformFact } from '../../core/imports/platform-facts.ts';
import { startOfUtcDay } from '../../core/time/start-of-utc-day.ts';
import { platformOfPayload, socialPlatform, type SocialPlatformName } from '../../connectors/social-platforms.ts';
import type { DB } from '../../storage/connect.ts';
import { findKnownAccounts } from '../../storage/creators/find-known-accounts.ts';
import { findKnownPosts } from '../../storage/creators/find-known-posts.ts';
import { runImport, type ImportSummary } from './run-import.ts';

/** A payload file: its JSON text (syntax errors become rejections), or an already parsed document. */
export type PayloadFile = { name: string; text: string } | { name: string; json: unknown };

export type PayloadPlatform = SocialPlatformName;

export interface ImportPayloadsOptions {
  workspaceId: number;
  /** ISO-8601 UTC: when undated values were true. */
  observedAt?: string;
  /** Whose payloads these are when a payload does not say (Instagram demographics, media reads). */
  account?: AccountRef;
  /** The files are the brand's Instagram `/tags` edge: each media is marked as tagging the brand. */
  brandTags?: boolean;
  /** The payloads were read just now, so undated values are observed now. */
  liveRead?: boolean;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}

export async function importPlatformPayloads(
  db: DB,
  platform: PayloadPlatform,
  files: PayloadFile[],
  options: ImportPayloadsOptions,
): Promise<ImportSummary> {
  const now = options.now ?? new Date();
  const parsed: ParsedFacts = { facts: [], rejections: [], warnings: [] };
  for (const file of files) {
    const json = 'json' in file ? { ok: true as const, value: file.json } : parseJson(file.text);
    if (!json.ok) {
      parsed.rejections.push({ record: file.name, field: '(file)', reason: `invalid JSON: ${json.error}` });
      continue;
    }
    // A payload of another platform's API is named as such, not as a malformed one of this platform.
    const other = platformOfPayload(json.value);
    if (other && other !== platform) {
      const reason = `this is a ${socialPlatform(other).api} response: import it as ${other}`;
      parsed.rejections.push({ record: file.name, field: '(file)', reason });
      continue;
    }
    const result = socialPlatform(platform).parse(file.name, json.value, { brandTags: options.brandTags });
    parsed.facts.push(...result.facts);
    parsed.rejections.push(...result.rejections);
    parsed.warnings.push(...result.warnings);
  }
  const refs = referencesOf(parsed.facts, options.account);
  const known = {
    accounts: await findKnownAccounts(db, platform, refs),
    posts: await findKnownPosts(db, platform, refs.postIds),
  };
  const assembled = assembleCreatorRecords(parsed.facts, {
    observedAt: options.observedAt ?? (options.liveRead ? now.toISOString() : startOfUtcDay(now)),
    fetchedAt: now.toISOString(),
    defaultAccount: options.account,
    known,
  });
  return runImport(
    db,
    {
      records: assembled.records,
      rejections: [...parsed.rejections, ...assembled.rejections],
      warnings: [...parsed.warnings, ...assembled.warnings],
    },
    {
      workspaceId: options.workspaceId,
      kind: platform,
      layer: 'shared',
      fileName: files.map((f) => f.name).join(', '),
      onProgress: options.onProgress,
    },
  );
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Every account and post the facts refer to, to look up in the database in a few queries. */
function referencesOf(facts: PlatformFact[], account: AccountRef | undefined) {
  const externalIds: string[] = [];
  const handles: string[] = [];
  const postIds: string[] = [];
  const addRef = (ref: AccountRef | undefined) => {
    if (ref?.externalId !== undefined) externalIds.push(ref.externalId);
    else if (ref) handles.push(ref.handle);
  };
  addRef(account);
  for (const fact of facts) {
    if (fact.kind === 'posts' || fact.kind === 'reported' || fact.kind === 'audiences') addRef(fact.owner);
    if (fact.kind === 'posts') postIds.push(...(fact.typeGuessed ?? []));
    if (fact.kind === 'post_metrics') postIds.push(fact.postExternalId);
  }
  return { externalIds, handles, postIds };
}
