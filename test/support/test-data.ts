// Where the third-party datasets live. Tests read them in place; they are never copied into the repo.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const testDataDir = resolve(process.env.MICROREACH_TEST_DATA ?? resolve(repoRoot, '../shared/data'));

export const testData = (...parts: string[]) => resolve(testDataDir, ...parts);

export const hasTestData = existsSync(testDataDir);
