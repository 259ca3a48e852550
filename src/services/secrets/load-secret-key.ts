// The key that encrypts secrets at rest: MICROREACH_SECRET_KEY when set, else a key generated once
// into <MICROREACH_DATA_DIR>/secret.key (mode 0600) and read from there afterwards.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { parseKey } from '../../core/crypto/secret-box.ts';

// Where each loaded key came from, so that a secret that does not open can name the key it was tried with.
const sources = new WeakMap<Buffer, string>();

/** "MICROREACH_SECRET_KEY" or "/srv/data/secret.key, MICROREACH_DATA_DIR=/srv/data" for a loaded key; else undefined. */
export const keySourceOf = (key: Buffer): string | undefined => sources.get(key);

const noted = (key: Buffer, source: string) => {
  sources.set(key, source);
  return key;
};

export function loadSecretKey(config: Pick<Config, 'secretKey' | 'dataDir'>): Buffer {
  if (config.secretKey !== undefined) {
    const key = parseKey(config.secretKey);
    if (!key) throw new Error('MICROREACH_SECRET_KEY must be 32 bytes written as 64 hex digits or base64');
    return noted(key, 'MICROREACH_SECRET_KEY');
  }
  const file = join(config.dataDir, 'secret.key');
  const source = `${file}, MICROREACH_DATA_DIR=${config.dataDir}`;
  try {
    const key = parseKey(readFileSync(file, 'utf8'));
    if (!key) throw new Error(`${file} does not hold a 32-byte key (hex or base64)`);
    return noted(key, source);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    // "wx": never overwrite a key another process created in the meantime.
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return noted(key, source);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadSecretKey(config);
    throw error;
  }
}
