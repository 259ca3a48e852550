import type { PayloadFile } from '../services/imports/import-platform-payloads.ts';
import { readInputFiles } from './read-input-files.ts';

/**
 * Reads the named payload files as UTF-8 text (the APIs send JSON in UTF-8). An unreadable file
 * stops the command (see readInputFiles); bad JSON inside a readable file is a rejection of that
 * file only, reported by the import.
 */
export async function readPayloadFiles(paths: string[]): Promise<PayloadFile[]> {
  return (await readInputFiles(paths)).map(({ path, content }) => ({ name: path, text: content.toString('utf8') }));
}
