// Long-lived pieces of a running server: the tracked-link cache and click buffer (redirect hot path),
// decrypted store secrets and the webhook group-commit writer. close() flushes buffered clicks and
// waits for pending deliveries; the server calls it on shutdown.
import type { Config } from '../config.ts';
import type { DB } from '../storage/connect.ts';
import { loadSecretKey } from './secrets/load-secret-key.ts';
import { StoreSecrets } from './stores/store-secrets.ts';
import { ClickRecorder } from './tracking/click-recorder.ts';
import { LinkCache } from './tracking/link-cache.ts';
import { DeliveryWriter } from './webhooks/delivery-writer.ts';

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
  linkTtlMs?: number;
}

export function createRuntime(deps: { db: DB; config: Config }, options: RuntimeOptions = {}): Runtime {
  const log = options.log ?? ((line: string) => console.error(line));
  let key: Buffer | undefined;
  const secretKey = () => (key ??= loadSecretKey(deps.config));
  const clicks = new ClickRecorder(deps.db, { intervalMs: options.clickFlushMs, log });
  const writer = new DeliveryWriter(deps.db);
  return {
    links: new LinkCache(deps.db, options.linkTtlMs),
    clicks,
    secrets: new StoreSecrets(deps.db, secretKey),
    writer,
    secretKey,
    log,
    close: async () => {
      await writer.idle();
      await clicks.close();
    },
  };
}
