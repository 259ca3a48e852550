import { readFile } from 'node:fs/promises';
import { AppError } from '../core/app-error.ts';

/**
 * Reads the named files' bytes (imports decode them: UTF-8, UTF-16 or a guessed Windows-1252). A file
 * that cannot be read stops the command before anything is imported: a mistyped path should not
 * become a half import.
 */
export async function readInputFiles(paths: readonly string[]): Promise<{ path: string; content: Buffer }[]> {
  return Promise.all(
    paths.map(async (path) => {
      try {
        return { path, content: await readFile(path) };
      } catch (error) {
        throw new AppError(
          'not_found',
          `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
    }),
  );
}
