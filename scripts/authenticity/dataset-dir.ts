// Where the third-party datasets live for offline tooling: MICROREACH_TEST_DATA, else ../shared/data
// beside the repository (the same rule as test/support/test-data.ts). Nothing is copied in.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function datasetDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.MICROREACH_TEST_DATA ?? resolve(repoRoot, '../shared/data'));
}
