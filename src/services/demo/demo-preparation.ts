// How far `serve` is in filling an empty database with the demo workspace, which it does after it
// starts listening: the sign-in page shows it, and the demo button waits for the end.
export interface DemoPreparation {
  phase: 'world' | 'metrics' | 'campaign';
  done: number;
  total: number;
}

/** Undefined once the demo is ready (or was never being prepared). */
export type DemoProgress = () => DemoPreparation | undefined;
