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
  // demo workspace (a sandbox) only. Default: on for a loopback bind, off when HOST reaches beyond.
  MICROREACH_DEMO_LOGIN: z.enum(['on', 'off', 'auto']).default('auto'),
  // The origin people and stores reach this installation at (https://mr.example.com). Requests whose
  // Host is not it (or localhost for a loopback bind) are refused: DNS rebinding cannot reach a local
  // install. Required when HOST binds beyond loopback.
  MICROREACH_PUBLIC_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  // Base URLs of the platform APIs; tests point them at a local server that replays recordings.
  INSTAGRAM_GRAPH_URL: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com/v21.0'),
  YOUTUBE_API_URL: z.url({ protocol: /^https?$/ }).default('https://www.googleapis.com/youtube/v3'),
});

export type Config = {
  database: DatabaseConfig;
  host: string;
  port: number;
  demo: { creators: number; seed: number; login: boolean; loginSetting: 'on' | 'off' | 'auto' };
  /** The public origin without a trailing slash, when configured. */
  publicOrigin: string | undefined;
  /** Host names (URL.hostname form) requests may be addressed to; see forHost. */
  allowedHostnames: string[];
  dataDir: string;
  secretKey: string | undefined;
  /** Instagram Graph API base URL, without a trailing slash (version included). */
  instagramGraphUrl: string;
  /** YouTube Data API v3 base URL, without a trailing slash. */
  youtubeApiUrl: string;
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
  return forHost({
    database: databaseConfigFromUrl(e.DATABASE_URL),
    host: e.HOST,
    port: e.PORT,
    demo: {
      creators: e.MICROREACH_DEMO_CREATORS, seed: e.MICROREACH_DEMO_SEED, login: false, loginSetting: e.MICROREACH_DEMO_LOGIN,
    },
    publicOrigin: e.MICROREACH_PUBLIC_ORIGIN?.replace(/\/+$/, ''),
    allowedHostnames: [],
    dataDir: resolve(e.MICROREACH_DATA_DIR),
    secretKey: e.MICROREACH_SECRET_KEY,
    instagramGraphUrl: e.INSTAGRAM_GRAPH_URL.replace(/\/+$/, ''),
    youtubeApiUrl: e.YOUTUBE_API_URL.replace(/\/+$/, ''),
  }, e.HOST);
}

const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Whether a bind address keeps the server on this machine. */
export function isLoopbackBind(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The configuration for serving on `host` (HOST, or `serve --host`): the demo login default and the
 * Host names requests may use follow the bind. A bind beyond loopback needs MICROREACH_PUBLIC_ORIGIN.
 */
export function forHost(config: Config, host: string): Config {
  const loopback = isLoopbackBind(host);
  if (!loopback && !config.publicOrigin) {
    throw new Error(`HOST=${host} reaches beyond this machine: set MICROREACH_PUBLIC_ORIGIN to the origin people use`
      + ' (e.g. https://microreach.example.com)');
  }
  const { loginSetting } = config.demo;
  return {
    ...config,
    host,
    demo: { ...config.demo, login: loginSetting === 'auto' ? loopback : loginSetting === 'on' },
    allowedHostnames: [
      ...(config.publicOrigin ? [new URL(config.publicOrigin).hostname] : []),
      ...(loopback ? LOOPBACK_HOSTNAMES : []),
    ],
  };
}
