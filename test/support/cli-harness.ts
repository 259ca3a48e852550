// Runs the CLI in process against a temporary SQLite file, capturing what it prints.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { connect, type DB } from '../../src/storage/connect.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface CliHarness {
  config: Config;
  run: (argv: string[]) => Promise<CliRun>;
  /** Opens the database file the CLI wrote (close it with destroy()). */
  openDb: () => DB;
  cleanup: () => void;
}

export function cliHarness(env: Record<string, string> = {}): CliHarness {
  const dir = mkdtempSync(join(tmpdir(), 'microreach-cli-'));
  const config = loadConfig({ DATABASE_URL: join(dir, 'test.db'), MICROREACH_DATA_DIR: dir, ...env });
  return {
    config,
    run: async (argv) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(argv, { config, out: (t) => out.push(t), err: (t) => err.push(t), interactive: false });
      return { code, out: out.join('\n'), err: err.join('\n') };
    },
    openDb: () => connect(config.database),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
