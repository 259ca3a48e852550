// `npm run dev -- <command>`: the CLI straight from the TypeScript sources (tsx), for working on them
// without a build. Installed copies run the compiled bin/microreach.js.
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
