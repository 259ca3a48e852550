import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSecretKey } from '../../src/services/secrets/load-secret-key.ts';

describe('secret key for encryption at rest', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'mr-key-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('uses MICROREACH_SECRET_KEY when set, and writes no file', () => {
    const dir = tempDir();
    expect(loadSecretKey({ secretKey: 'cd'.repeat(32), dataDir: dir }).toString('hex')).toBe('cd'.repeat(32));
    expect(() => statSync(join(dir, 'secret.key'))).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => loadSecretKey({ secretKey: 'too-short', dataDir: tempDir() })).toThrow(
      /MICROREACH_SECRET_KEY must be 32 bytes/,
    );
  });

  it('otherwise generates one key into <data dir>/secret.key with mode 0600 and reuses it', () => {
    const dir = join(tempDir(), 'nested');
    const first = loadSecretKey({ secretKey: undefined, dataDir: dir });
    const file = join(dir, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').equals(first)).toBe(true);
    expect(loadSecretKey({ secretKey: undefined, dataDir: dir }).equals(first)).toBe(true);
  });
});
