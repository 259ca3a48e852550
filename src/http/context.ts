import type { Config } from '../config.ts';
import type { Actor } from '../services/access/actor.ts';
import type { Runtime } from '../services/runtime.ts';
import type { DB } from '../storage/connect.ts';

/** What every handler can reach: the database and config (dependencies), and the actor once authenticated. */
export interface AppDeps {
  db: DB;
  config: Config;
  /** Click buffer, link cache, webhook writer; createApp makes one when absent (tests). */
  runtime?: Runtime;
}

export type AppEnv = { Variables: { actor: Actor; deps: AppDeps; runtime: Runtime } };
