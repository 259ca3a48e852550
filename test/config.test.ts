// The default database lives in the data directory: a CLI and a server given the same MICROREACH_DATA_DIR
// open the same database (and the same secret key) without also agreeing on a DATABASE_URL.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('loadConfig: the default database', () => {
  it('is microreach.db in MICROREACH_DATA_DIR', () => {
    const config = loadConfig({ MICROREACH_DATA_DIR: '/srv/microreach' });
    expect(config.database).toEqual({ dialect: 'sqlite', file: join(resolve('/srv/microreach'), 'microreach.db') });
  });

  it('is ./data/microreach.db when no data directory is given, as before', () => {
    expect(loadConfig({}).database).toEqual({ dialect: 'sqlite', file: resolve('./data/microreach.db') });
  });

  it('gives way to DATABASE_URL', () => {
    const env = { MICROREACH_DATA_DIR: '/srv/microreach', DATABASE_URL: '/var/db/other.db' };
    expect(loadConfig(env).database).toEqual({ dialect: 'sqlite', file: resolve('/var/db/other.db') });
    const postgres = { ...env, DATABASE_URL: 'postgres://db/microreach' };
    expect(loadConfig(postgres).database).toEqual({ dialect: 'postgres', url: 'postgres://db/microreach' });
  });
});
