import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliHarness, type CliHarness } from '../../support/cli-harness.ts';

describe('microreach import profiles (end to end, SQLite file)', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = cliHarness();
  });
  afterEach(() => cli.cleanup());

  const write = (name: string, text: string) => {
    const path = join(cli.config.dataDir, name);
    writeFileSync(path, text);
    return path;
  };

  it('imports a CSV, reports the bad row with exit code 1, and changes nothing the second time', async () => {
    const file = write('commenters.csv', 'username,followers,following,posts\nann,10,20,3\nbob!,1,2,3\n');
    const first = await cli.run(['import', 'profiles', file]);
    expect(first.code).toBe(1);
    expect(first.out).toContain('1 imported, 0 updated, 0 unchanged, 1 rejected; 0 accounts re-scored');
    expect(first.out).toContain('rejected row 3: handle: "bob!" is not a valid instagram handle');

    const second = await cli.run(['import', 'profiles', file, '--json']);
    const doc = JSON.parse(second.out) as {
      files: { imported: number; unchanged: number; rejected: number; platform: string }[];
    };
    expect(doc.files[0]).toMatchObject({ imported: 0, unchanged: 1, rejected: 1, platform: 'instagram' });

    const db = cli.openDb();
    expect(await db.selectFrom('known_profiles').select(['handle', 'followers', 'source']).execute()).toEqual([
      { handle: 'ann', followers: 10, source: file },
    ]);
    await db.destroy();
  });

  it('says what is wrong with a file it cannot read as a profile list', async () => {
    const file = write('bad.csv', 'followers,following\n1,2\n');
    const run = await cli.run(['import', 'profiles', file]);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('no handle column');
    expect((await cli.run(['import', 'profiles'])).err).toContain('usage: microreach import profiles');
  });
});
