// Entry point of the `microreach` command: finds the command named by the first words and runs it.
import { AppError } from '../core/app-error.ts';
import { loadConfig, type Config } from '../config.ts';
import { configureScanPool } from '../search-index/scan-pool.ts';
import { connect, type DB } from '../storage/connect.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import type { CliContext, Command } from './command.ts';
import { commands } from './commands/index.ts';

export async function main(argv: string[], overrides: Partial<CliContext> & { config?: Config } = {}): Promise<number> {
  const out = overrides.out ?? ((text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`));
  const err = overrides.err ?? ((text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`));
  const command = findCommand(argv);
  if (!command || argv[0] === 'help' || (argv.includes('--help') && !command)) {
    out(helpText());
    return command || argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' ? 0 : 2;
  }
  const args = argv.slice(command.path.length);
  if (args.includes('--help')) {
    out(`usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  let opened: DB | undefined;
  let config: Config;
  try {
    config = overrides.config ?? loadConfig();
    configureScanPool({ threads: config.scanThreads });
  } catch (error) {
    err((error as Error).message);
    return 2;
  }
  const ctx: CliContext = {
    config,
    out,
    err,
    interactive: overrides.interactive ?? Boolean(process.stderr.isTTY),
    db:
      overrides.db ??
      (async () => {
        if (!opened) {
          opened = connect(config.database);
          await migrateToLatest(opened);
        }
        return opened;
      }),
  };
  try {
    const code = await command.run(args, ctx);
    return code ?? 0;
  } catch (error) {
    if (error instanceof AppError) {
      err(`error: ${error.message}`);
      for (const d of error.details.slice(0, 50)) err(`  ${d.path}: ${d.message}`);
      if (error.details.length > 50) err(`  … and ${error.details.length - 50} more`);
      return error.code === 'internal' ? 1 : 2;
    }
    err(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    if (opened) await opened.destroy();
  }
}

function findCommand(argv: string[]): Command | undefined {
  const candidates = commands
    .filter((c) => c.path.every((word, i) => argv[i] === word))
    .sort((a, b) => b.path.length - a.path.length);
  return candidates[0];
}

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.path.join(' ').length));
  return [
    'microreach — find, vet, price, track and attribute micro-influencers',
    '',
    'usage: microreach <command> [options]   (add --help to a command for its options)',
    '',
    ...commands.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    'Environment: DATABASE_URL (SQLite file or postgres:// URL, default microreach.db in MICROREACH_DATA_DIR, ./data), HOST, PORT.',
  ].join('\n');
}
