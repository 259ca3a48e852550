import type { Config } from '../config.ts';
import type { Actor } from '../services/access/actor.ts';
import type { DiscoveryEngine } from '../search-index/discovery-engine.ts';
import type { Limiters } from '../services/access/attempt-limiter.ts';
import type { DemoGrowthProgress, DemoProgress } from '../services/demo/demo-preparation.ts';
import type { Runtime } from '../services/server-caches-and-buffers.ts';
import type { DB } from '../storage/connect.ts';

/** What every handler can reach: the database and config (dependencies), and the actor once authenticated. */
export interface AppDeps {
  db: DB;
  config: Config;
  /** The process's discovery engine (built on first use). */
  discovery: () => Promise<DiscoveryEngine>;
  /** Click buffer, link cache, webhook writer; createApp makes one when absent (tests). */
  runtime?: Runtime;
  /** The built web app (default dist/web at the package root). */
  webRoot?: string;
  /** While `serve` prepares the demo workspace in the background: how far it is (undefined when ready). */
  demoProgress?: DemoProgress;
  /** While `serve` grows the (already open) demo world to its configured size in the background. */
  demoGrowth?: DemoGrowthProgress;
  /** Sign-in and bearer attempt counters; createApp makes them when absent. */
  limiters?: Limiters;
  /** The clock of time-dependent answers (payable as of now, payout dates); tests inject one. Default: the system's. */
  clock?: () => string;
}

export type AppEnv = {
  Variables: {
    actor: Actor;
    deps: AppDeps & { limiters: Limiters };
    runtime: Runtime;
    /** The request body, for routes whose body rule says `raw` (limit-bodies.ts); absent without a body. */
    rawBody: Buffer;
  };
};

/** What a caller passes to createApp; the discovery engine defaults to one built on first use. */
export type AppOptions = Omit<AppDeps, 'discovery'> & Partial<Pick<AppDeps, 'discovery'>>;
