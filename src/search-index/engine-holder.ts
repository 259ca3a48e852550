import type { DB } from '../storage/connect.ts';
import { DiscoveryEngine } from './discovery-engine.ts';

/** One engine per process, built on first use (a server that never discovers never pays for it). */
export function engineHolder(db: DB): () => Promise<DiscoveryEngine> {
  let engine: Promise<DiscoveryEngine> | undefined;
  return () => {
    engine ??= DiscoveryEngine.open(db).catch((error) => {
      engine = undefined;
      throw error;
    });
    return engine;
  };
}
