// What the outreach commands and serve need to send mail: the installation key (mailbox secrets,
// unsubscribe links) and the origin unsubscribe links point at.
import type { Config } from '../config.ts';
import { loadSecretKey } from '../services/secrets/load-secret-key.ts';
import type { JobDeps } from '../services/jobs/job-handlers.ts';

export function outreachDeps(config: Config, fallbackOrigin?: string): JobDeps {
  return {
    secretKey: loadSecretKey(config),
    publicOrigin: config.publicOrigin ?? fallbackOrigin ?? `http://127.0.0.1:${config.port}`,
    connections: config.connections,
    instagramGraphUrl: config.instagramGraphUrl,
  };
}
