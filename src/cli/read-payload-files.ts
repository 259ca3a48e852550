import { readFile } from 'node:fs/promises';
import { AppError } from '../core/app-error.ts';
import type { PayloadFile } from '../services/imports/import-platform-payloads.ts';

/**
 * Reads the named files as text. A file that cannot be read stops the command before anything is
 * imported (a mistyped path should not become a half import); bad JSON inside a readable file is a
 * rejection of that file only, reported by the import.
 */
export async function readPayloadFiles(paths: string[]): Promise<PayloadFile[]> {
  return Promise.all(paths.map(async (path) => {
    try {
      return { name: path, text: await readFile(path, 'utf8') };
    } catch (error) {
      throw new AppError('bad_request', `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }));
}
