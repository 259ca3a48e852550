// What every social platform connector provides, behind one interface: recognise one of its API
// payloads by shape, parse it into facts (the pure core assembles them into creator records), and a
// client of its API at a base URL. Each platform is one folder (connectors/<platform>/platform.ts)
// registered in social-platforms.ts; adding a platform touches that folder and the list.
import type { Platform } from '../core/creators/creator-record.ts';
import type { ParsedFacts } from '../core/imports/platform-facts.ts';
import type { FetchFn } from './http/get-json.ts';

export interface SocialClientOptions {
  /** The API's base URL (from config, or a replay server in tests). */
  baseUrl: string;
  /** The token or key the platform's API takes. */
  credential: string;
  fetch?: FetchFn;
}

/** What the person importing says about the files that their shape cannot. */
export interface ParseOptions {
  /** The files are the brand's own Instagram `/tags` edge: every media in them tagged the brand. */
  brandTags?: boolean;
}

export interface SocialPlatform<P extends Platform = Platform, Client = unknown> {
  platform: P;
  /** The API's name in messages ("Instagram Graph API"). */
  api: string;
  /** The responses `microreach import <platform>` reads, for its help line. */
  payloads: string;
  /** Some responses do not name their account (demographics, counts-only answers): --account says whose. */
  takesAccount: boolean;
  /** Whether a JSON document is one of this API's responses (its shape alone: recorded files carry no URL). */
  recognise: (json: unknown) => boolean;
  /** One response → facts, or rejections naming the file, the JSON path and the reason. */
  parse: (file: string, json: unknown, options?: ParseOptions) => ParsedFacts;
  /** Whether --brand-tags applies (Instagram: the brand's `/tags` edge). */
  brandTags?: boolean;
  client: (options: SocialClientOptions) => Client;
}
