import { readFileSync } from 'node:fs';
import { testData } from './test-data.ts';

/** A recorded payload from ../shared/data, parsed. Throws (fails the test) when the data is missing. */
export const loadJson = (folder: string, file: string): unknown =>
  JSON.parse(readFileSync(testData(folder, file), 'utf8'));

/** The raw text of a recorded payload. */
export const loadText = (folder: string, file: string): string => readFileSync(testData(folder, file), 'utf8');
