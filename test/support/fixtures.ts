// Small official payloads kept in the repository (test/fixtures/<platform>/, each with a SOURCE.md).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** The exact bytes of a fixture, as a store would send them. */
export const fixtureText = (...parts: string[]) => readFileSync(resolve(fixturesDir, ...parts), 'utf8');
