import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../core/app-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with errors turned into AppErrors that name the option. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError('bad_request', `${(error as Error).message}\nusage: ${usage}`);
  }
}

/** Parses an integer option, naming it in the error. */
export function intOption(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min)
    throw new AppError('bad_request', `--${name} must be an integer ≥ ${min}, got "${value}"`);
  return n;
}
