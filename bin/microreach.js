#!/usr/bin/env node
// The `microreach` command runs the compiled server (lib/, built from src/ by `npm install` through
// `prepare`, or `npm run build`). `npm run dev -- <command>` runs the TypeScript sources instead.
import { existsSync } from 'node:fs';

const built = new URL('../lib/cli/main.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('microreach is not built yet: run `npm run build` (npm install does it once).\n');
  process.exit(1);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
