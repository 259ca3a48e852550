// How far `serve` is in filling an empty database with the demo workspace, which it does after it
// starts listening. First the small world (DemoPreparation: the sign-in page shows it and the demo
// button waits for its end), then the rest of the world in the background (DemoGrowth: the demo is
// open meanwhile; the sign-in page and /health show it).
export interface DemoPreparation {
  phase: 'world' | 'metrics' | 'campaign';
  done: number;
  total: number;
}

/** Undefined once the demo is ready (or was never being prepared). */
export type DemoProgress = () => DemoPreparation | undefined;

export interface DemoGrowth {
  /** Writing the remaining creators, then deriving their numbers. */
  phase: 'creators' | 'metrics';
  done: number;
  total: number;
}

/** Undefined when the demo world is not growing. */
export type DemoGrowthProgress = () => DemoGrowth | undefined;
