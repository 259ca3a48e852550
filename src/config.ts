// The only module that reads process.env. Everything else receives a Config.
import { resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default('./data/microreach.db'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  MICROREACH_DEMO_CREATORS: z.coerce.number().int().min(0).max(10_000_000).default(3000),
  MICROREACH_DEMO_SEED: z.coerce.number().int().default(42),
  MICROREACH_SECRET_KEY: z.string().optional(),
  MICROREACH_DATA_DIR: z.string().default('./data'),
  // The "Open the demo workspace" button on the sign-in page. It grants access to the synthetic
  // demo workspace only; turn it off on an installation reachable by others.
  MICROREACH_DEMO_LOGIN: z.enum(['on', 'off']).default('on'),
  // Base URLs of the platform APIs; tests point them at a local server that replays recordings.
  INSTAGRAM_GRAPH_URL: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com/v21.0'),
  YOUTUBE_API_URL: z.url({ protocol: /^https?$/ }).default('https://www.googleapis.com/youtube/v3'),
  // Days raw order webhook bodies (customer names, addresses, emails) are kept for replay; after
  // that they are reduced to what attribution needs.
  MICROREACH_ORDER_BODY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

export type Config = {
  database: DatabaseConfig;
  host: string;
  port: number;
  demo: { creators: number; seed: number; login: boolean };
  dataDir: string;
  secretKey: string | undefined;
  /** Instagram Graph API base URL, without a trailing slash (version included). */
  instagramGraphUrl: string;
  /** YouTube Data API v3 base URL, without a trailing slash. */
  youtubeApiUrl: string;
  /** Days a raw order webhook body is kept whole (then reduced to what attribution needs). */
  orderBodyRetentionDays: number;
};

export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string };

export function databaseConfigFromUrl(url: string): DatabaseConfig {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  if (url === ':memory:') return { dialect: 'sqlite', file: ':memory:' };
  return { dialect: 'sqlite', file: resolve(url.replace(/^sqlite:(\/\/)?/, '')) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    database: databaseConfigFromUrl(e.DATABASE_URL),
    host: e.HOST,
    port: e.PORT,
    demo: { creators: e.MICROREACH_DEMO_CREATORS, seed: e.MICROREACH_DEMO_SEED, login: e.MICROREACH_DEMO_LOGIN === 'on' },
    dataDir: resolve(e.MICROREACH_DATA_DIR),
    secretKey: e.MICROREACH_SECRET_KEY,
    instagramGraphUrl: e.INSTAGRAM_GRAPH_URL.replace(/\/+$/, ''),
    youtubeApiUrl: e.YOUTUBE_API_URL.replace(/\/+$/, ''),
    orderBodyRetentionDays: e.MICROREACH_ORDER_BODY_RETENTION_DAYS,
  };
}
