// Builds the web app (web/ → dist/web) when dist/web is missing or older than any source it is made
// from: the browser tests run it first (`npm install` and `npm run build` always build). `--force` always builds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist', 'web', 'index.html');
// The app imports the API's response types from src/http/schemas (types only) and the shared domain constants,
// and package.json pins its libraries.
const sources = [join(root, 'web'), join(root, 'src', 'core', 'shared'), join(root, 'package.json')];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), s.mtimeMs);
}

/** True when dist/web is missing or older than web/. */
export function webBuildIsStale(): boolean {
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return sources.some((s) => existsSync(s) && newest(s) > builtAt);
}

export async function buildWeb(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<boolean> {
  if (!options.force && !webBuildIsStale()) return false;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  log('Building the web app (web/ → dist/web)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildWeb({ force: process.argv.includes('--force') }).catch((error: unknown) => {
    process.stderr.write(`Building the web app failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
