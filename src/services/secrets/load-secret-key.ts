// The key that encrypts secrets at rest: MICROREACH_SECRET_KEY when set, else a key generated once
// into <MICROREACH_DATA_DIR>/secret.key (mode 0600) and read from there afterwards.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { parseKey } from '../../core/crypto/secret-box.ts';

export function loadSecretKey(config: Pick<Config, 'secretKey' | 'dataDir'>): Buffer {
  if (config.secretKey !== undefined) {
    const key = parseKey(config.secretKey);
    if (!key) throw new Error('MICROREACH_SECRET_KEY must be 32 bytes written as 64 hex digits or base64');
    return key;
  }
  const file = join(config.dataDir, 'secret.key');
  try {
    const key = parseKey(readFileSync(file, 'utf8'));
    if (!key) throw new Error(`${file} does not hold a 32-byte key (hex or base64)`);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    // "wx": never overwrite a key another process created in the meantime.
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadSecretKey(config);
    throw error;
  }
}
