// The only module that reads process.env. Everything else receives a Config.
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { parseKey } from './core/crypto/secret-box.ts';

// A DATABASE_URL is a SQLite file path (optionally sqlite:…) or a postgres:// URL; any other scheme
// (mysql://, http://…) is a mistake that would otherwise create a SQLite file named after it.
const databaseUrl = z
  .string()
  .min(1)
  .refine(
    (url) => {
      const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
      // One letter is a Windows drive ("C:\\data\\microreach.db"), not a scheme.
      return scheme === undefined || scheme.length === 1 || ['postgres', 'postgresql', 'sqlite'].includes(scheme);
    },
    { message: 'must be a SQLite file path or a postgres:// URL' },
  );

const httpUrl = z.url({ protocol: /^https?$/ });

const envSchema = z.object({
  // Unset: microreach.db in the data directory, so one MICROREACH_DATA_DIR keeps the database beside its secret key.
  DATABASE_URL: databaseUrl.optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  MICROREACH_DEMO_CREATORS: z.coerce.number().int().min(0).max(10_000_000).default(3000),
  MICROREACH_DEMO_SEED: z.coerce.number().int().default(42),
  MICROREACH_SECRET_KEY: z
    .string()
    .refine((key) => parseKey(key) !== undefined, {
      message: 'must be 32 bytes written as 64 hex digits or base64 (openssl rand -hex 32)',
    })
    .optional(),
  MICROREACH_DATA_DIR: z.string().default('./data'),
  // The "Open the demo workspace" button on the sign-in page. It grants access to the synthetic
  // demo workspace (a sandbox) only. Default: on for a loopback bind, off when HOST reaches beyond.
  MICROREACH_DEMO_LOGIN: z.enum(['on', 'off', 'auto']).default('auto'),
  // The origin people and stores reach this installation at (https://mr.example.com). Requests whose
  // Host is not it (or localhost for a loopback bind) are refused: DNS rebinding cannot reach a local
  // install. Required when HOST binds beyond loopback.
  MICROREACH_PUBLIC_ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
  // durable: a tracked-link redirect is answered once its click is committed (group commit), so a killed
  // server loses no answered click; batched: answered at once, written every 250 ms (a kill loses ≤ 250 ms).
  MICROREACH_CLICK_WRITES: z.enum(['durable', 'batched']).default('durable'),
  // Set when an HTTPS reverse proxy stands in front: X-Forwarded-Proto/-For are then believed (the
  // session cookie becomes Secure, rate limits count the client's address, not the proxy's).
  TRUST_PROXY: z.string().optional(),
  // Base URLs of the platform APIs; tests point them at a local server that replays recordings.
  INSTAGRAM_GRAPH_URL: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com/v21.0'),
  YOUTUBE_API_URL: z.url({ protocol: /^https?$/ }).default('https://www.googleapis.com/youtube/v3'),
  // Days raw order webhook bodies (customer names, addresses, emails) are kept for replay; after
  // that they are reduced to what attribution needs.
  // Worker threads that run discovery scans off the main thread (0: scan on it). Default: the
  // available parallelism minus one, at least one (src/search-index/scan-pool.ts).
  MICROREACH_SCAN_THREADS: z.coerce.number().int().min(0).max(256).optional(),
  // How often a running server looks for a new data revision when nothing woke it (on Postgres a NOTIFY
  // wakes it at once; the poll is the fallback, and SQLite's only way).
  MICROREACH_REVISION_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(2_000),
  MICROREACH_ORDER_BODY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // Payout providers (pay a batch by API): the installation's credentials; base URLs for local replay servers.
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).default('https://api.stripe.com'),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  PAYPAL_API_URL: z.url({ protocol: /^https?$/ }).default('https://api-m.paypal.com'),
  PAYPAL_CLIENT_ID: z.string().min(1).optional(),
  PAYPAL_CLIENT_SECRET: z.string().min(1).optional(),
  PAYPAL_WEBHOOK_ID: z.string().min(1).optional(),
  // Creators' connected accounts (docs/connected-accounts.md): the installation's app at each provider. A provider
  // without its client id and secret is shown as "not available" in the portal. URLs: the real providers by default,
  // a local replay server in tests.
  INSTAGRAM_CLIENT_ID: z.string().min(1).optional(),
  INSTAGRAM_CLIENT_SECRET: z.string().min(1).optional(),
  INSTAGRAM_AUTHORIZE_URL: httpUrl.default('https://www.instagram.com/oauth/authorize'),
  INSTAGRAM_TOKEN_URL: httpUrl.default('https://api.instagram.com/oauth/access_token'),
  INSTAGRAM_LOGIN_API_URL: httpUrl.default('https://graph.instagram.com'),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  GOOGLE_AUTHORIZE_URL: httpUrl.default('https://accounts.google.com/o/oauth2/v2/auth'),
  GOOGLE_TOKEN_URL: httpUrl.default('https://oauth2.googleapis.com/token'),
  GOOGLE_REVOKE_URL: httpUrl.default('https://oauth2.googleapis.com/revoke'),
  // Her channel's audience (age × gender, countries): YouTube Analytics reports.query, read with her token.
  YOUTUBE_ANALYTICS_API_URL: httpUrl.default('https://youtubeanalytics.googleapis.com/v2'),
  TIKTOK_CLIENT_KEY: z.string().min(1).optional(),
  TIKTOK_CLIENT_SECRET: z.string().min(1).optional(),
  TIKTOK_AUTHORIZE_URL: httpUrl.default('https://www.tiktok.com/v2/auth/authorize/'),
  TIKTOK_API_URL: httpUrl.default('https://open.tiktokapis.com'),
  // The Meta app whose Instagram webhooks (story mentions) this installation receives: its app secret signs every
  // delivery (X-Hub-Signature-256); the verify token is the one typed in the App Dashboard for the handshake.
  META_APP_SECRET: z.string().min(1).optional(),
  META_WEBHOOK_VERIFY_TOKEN: z.string().min(1).optional(),
});

/** One OAuth provider of connected accounts: the app's credentials (undefined = not configured) and its URLs. */
export interface ProviderConfig {
  clientId: string | undefined;
  clientSecret: string | undefined;
  authorizeUrl: string;
  tokenUrl: string;
  /** The provider's API base URL (no trailing slash). */
  apiUrl: string;
  revokeUrl: string | undefined;
}

export interface ConnectionsConfig {
  instagram: ProviderConfig;
  /** `audienceUrl`: YouTube Analytics, where her audience is reported (another API than `apiUrl`), no trailing slash. */
  youtube: ProviderConfig & { audienceUrl: string };
  tiktok: ProviderConfig;
}

export type Config = {
  database: DatabaseConfig;
  host: string;
  port: number;
  demo: { creators: number; seed: number; login: boolean; loginSetting: 'on' | 'off' | 'auto' };
  /** The public origin without a trailing slash, when configured. */
  publicOrigin: string | undefined;
  /** Host names (URL.hostname form) requests may be addressed to; see forHost. */
  allowedHostnames: string[];
  /** Wait for each click's commit before answering its redirect (MICROREACH_CLICK_WRITES, docs/scaling.md). */
  durableClicks: boolean;
  /** Believe X-Forwarded-Proto / X-Forwarded-For from a reverse proxy. */
  trustProxy: boolean;
  dataDir: string;
  secretKey: string | undefined;
  /** Instagram Graph API base URL, without a trailing slash (version included). */
  instagramGraphUrl: string;
  /** YouTube Data API v3 base URL, without a trailing slash. */
  youtubeApiUrl: string;
  /** Days a raw order webhook body is kept whole (then reduced to what attribution needs). */
  orderBodyRetentionDays: number;
  /** Discovery scan worker threads (MICROREACH_SCAN_THREADS); undefined: the pool's default. */
  scanThreads: number | undefined;
  /** How often serve's discovery index polls the data revision when not woken (MICROREACH_REVISION_POLL_MS). */
  revisionPollMs: number;
  /** Instagram webhooks (docs/story-mentions.md); undefined = not configured, and every delivery is refused. */
  meta: { appSecret: string | undefined; verifyToken: string | undefined };
  /** Payout providers: base URLs without a trailing slash; credentials undefined when not configured. */
  payouts: {
    stripe: { apiUrl: string; secretKey: string | undefined; webhookSecret: string | undefined };
    paypal: {
      apiUrl: string;
      clientId: string | undefined;
      clientSecret: string | undefined;
      webhookId: string | undefined;
    };
  };
  /** Creators' connected accounts (portal): one OAuth app per provider. */
  connections: ConnectionsConfig;
};

export type DatabaseConfig = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

function databaseConfigFromUrl(url: string): DatabaseConfig {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  if (url === ':memory:') return { dialect: 'sqlite', file: ':memory:' };
  return { dialect: 'sqlite', file: resolve(url.replace(/^sqlite:(\/\/)?/, '')) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // One line, naming each variable at fault and never echoing its value (it may be a secret).
    const faults = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${faults.join('; ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.MICROREACH_DATA_DIR);
  return forHost(
    {
      database: databaseConfigFromUrl(e.DATABASE_URL ?? join(dataDir, 'microreach.db')),
      host: e.HOST,
      port: e.PORT,
      demo: {
        creators: e.MICROREACH_DEMO_CREATORS,
        seed: e.MICROREACH_DEMO_SEED,
        login: false,
        loginSetting: e.MICROREACH_DEMO_LOGIN,
      },
      publicOrigin: e.MICROREACH_PUBLIC_ORIGIN?.replace(/\/+$/, ''),
      allowedHostnames: [],
      durableClicks: e.MICROREACH_CLICK_WRITES === 'durable',
      trustProxy:
        e.TRUST_PROXY !== undefined && !['', '0', 'false', 'off', 'no'].includes(e.TRUST_PROXY.trim().toLowerCase()),
      dataDir,
      secretKey: e.MICROREACH_SECRET_KEY,
      instagramGraphUrl: e.INSTAGRAM_GRAPH_URL.replace(/\/+$/, ''),
      youtubeApiUrl: e.YOUTUBE_API_URL.replace(/\/+$/, ''),
      orderBodyRetentionDays: e.MICROREACH_ORDER_BODY_RETENTION_DAYS,
      scanThreads: e.MICROREACH_SCAN_THREADS,
      revisionPollMs: e.MICROREACH_REVISION_POLL_MS,
      meta: { appSecret: e.META_APP_SECRET, verifyToken: e.META_WEBHOOK_VERIFY_TOKEN },
      payouts: {
        stripe: {
          apiUrl: e.STRIPE_API_URL.replace(/\/+$/, ''),
          secretKey: e.STRIPE_SECRET_KEY,
          webhookSecret: e.STRIPE_WEBHOOK_SECRET,
        },
        paypal: {
          apiUrl: e.PAYPAL_API_URL.replace(/\/+$/, ''),
          clientId: e.PAYPAL_CLIENT_ID,
          clientSecret: e.PAYPAL_CLIENT_SECRET,
          webhookId: e.PAYPAL_WEBHOOK_ID,
        },
      },
      connections: connectionsConfig(e),
    },
    e.HOST,
  );
}

const trim = (url: string) => url.replace(/\/+$/, '');

function connectionsConfig(e: z.infer<typeof envSchema>): ConnectionsConfig {
  const tiktokApi = trim(e.TIKTOK_API_URL);
  return {
    instagram: {
      clientId: e.INSTAGRAM_CLIENT_ID,
      clientSecret: e.INSTAGRAM_CLIENT_SECRET,
      authorizeUrl: e.INSTAGRAM_AUTHORIZE_URL,
      tokenUrl: e.INSTAGRAM_TOKEN_URL,
      apiUrl: trim(e.INSTAGRAM_LOGIN_API_URL),
      // Instagram Login documents no token revocation (the creator removes the app in her Instagram settings).
      revokeUrl: undefined,
    },
    youtube: {
      clientId: e.GOOGLE_CLIENT_ID,
      clientSecret: e.GOOGLE_CLIENT_SECRET,
      authorizeUrl: e.GOOGLE_AUTHORIZE_URL,
      tokenUrl: e.GOOGLE_TOKEN_URL,
      apiUrl: trim(e.YOUTUBE_API_URL),
      revokeUrl: e.GOOGLE_REVOKE_URL,
      audienceUrl: trim(e.YOUTUBE_ANALYTICS_API_URL),
    },
    tiktok: {
      clientId: e.TIKTOK_CLIENT_KEY,
      clientSecret: e.TIKTOK_CLIENT_SECRET,
      authorizeUrl: e.TIKTOK_AUTHORIZE_URL,
      tokenUrl: `${tiktokApi}/v2/oauth/token/`,
      apiUrl: tiktokApi,
      revokeUrl: `${tiktokApi}/v2/oauth/revoke/`,
    },
  };
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
    throw new Error(
      `HOST=${host} reaches beyond this machine: set MICROREACH_PUBLIC_ORIGIN to the origin people use` +
        ' (e.g. https://microreach.example.com)',
    );
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

/** A bad environment: the message is one line, fit to print before refusing to start. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
