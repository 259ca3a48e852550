// Long-lived pieces of a running server: the tracked-link cache and click buffer (redirect hot path),
// decrypted store secrets and the webhook group-commit writer. close() flushes buffered clicks and
// waits for pending deliveries; the server calls it on shutdown.
import { sql } from 'kysely';
import type { Config } from '../config.ts';
import { connect, type DB } from '../storage/connect.ts';
import { dialectOf } from '../storage/dialect.ts';
import { loadSecretKey } from './secrets/load-secret-key.ts';
import { StoreSecrets } from './stores/store-secrets.ts';
import { ClickRecorder } from './tracking/click-recorder.ts';
import { LinkCache } from './tracking/link-cache.ts';
import { DeliveryWriter } from './webhooks/delivery-writer.ts';
import { reduceDeliveryBodies } from './webhooks/reduce-delivery-bodies.ts';

export interface Runtime {
  links: LinkCache;
  clicks: ClickRecorder;
  secrets: StoreSecrets;
  writer: DeliveryWriter;
  secretKey: () => Buffer;
  log: (line: string) => void;
  close: () => Promise<void>;
}

export interface RuntimeOptions {
  log?: (line: string) => void;
  clickFlushMs?: number;
  /** false: answer redirects before their click is committed (a kill loses up to clickFlushMs of clicks); default: the config. */
  durableClicks?: boolean;
  linkTtlMs?: number;
  /** false: write webhook deliveries on this thread even on a SQLite file (the bench's baseline). Default true. */
  offThreadWebhooks?: boolean;
}

export function createRuntime(deps: { db: DB; config: Config }, options: RuntimeOptions = {}): Runtime {
  const log = options.log ?? ((line: string) => console.error(line));
  let key: Buffer | undefined;
  const secretKey = () => (key ??= loadSecretKey(deps.config));
  let clickDb: Promise<DB> | undefined;
  const clicks = new ClickRecorder(() => (clickDb ??= clickConnection(deps.db)), {
    intervalMs: options.clickFlushMs,
    durable: options.durableClicks ?? deps.config.durableClicks,
    log,
  });
  const writer = new DeliveryWriter(deps.db, {
    log,
    offThread: options.offThreadWebhooks ?? true,
    beforeBatch: () => (clicks.pending > 0 ? clicks.flush() : undefined),
  });
  // Raw order bodies older than the retention period are reduced to what attribution needs, hourly.
  const retention = setInterval(() => {
    reduceDeliveryBodies(deps.db, new Date(), deps.config.orderBodyRetentionDays).catch((error: Error) =>
      log(`[retention] could not reduce old delivery bodies: ${error.message}`),
    );
  }, 3_600_000);
  retention.unref();
  return {
    links: new LinkCache(deps.db, options.linkTtlMs),
    clicks,
    secrets: new StoreSecrets(deps.db, secretKey),
    writer,
    secretKey,
    log,
    close: async () => {
      clearInterval(retention);
      await writer.close();
      await clicks.close();
      const own = clickDb && (await clickDb);
      if (own && own !== deps.db) await own.destroy();
    },
  };
}

/**
 * On a SQLite file, clicks get their own connection without an fsync per commit (synchronous=NORMAL,
 * no busy wait): a flush then never blocks the event loop on the disk or on the webhook writer's lock
 * (a busy flush is retried on the next tick). Orders and deliveries keep synchronous=FULL. Clicks
 * survive a crash of the process and a clean shutdown, not a power loss. Elsewhere: the same connection.
 */
async function clickConnection(db: DB): Promise<DB> {
  if (dialectOf(db) !== 'sqlite') return db;
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  const file = rows.find((r) => r.name === 'main')?.file;
  return file ? connect({ dialect: 'sqlite', file }, { synchronous: 'NORMAL', busyTimeoutMs: 0 }) : db;
}
