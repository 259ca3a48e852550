import type { Config } from '../config.ts';
import type { DB } from '../storage/connect.ts';

export interface CliContext {
  config: Config;
  /** Opens (and migrates) the database on first use. */
  db: () => Promise<DB>;
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  interactive: boolean;
}

export interface Command {
  /** Words that select it, e.g. ['import', 'creators']. */
  path: string[];
  usage: string;
  summary: string;
  run: (args: string[], ctx: CliContext) => Promise<number | void>;
}
