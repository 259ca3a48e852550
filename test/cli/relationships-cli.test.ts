// `microreach relationships list|set-stage` on a SQLite file, as a script would run them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { cliHarness, type CliHarness } from '../support/cli-harness.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';

describe('relationships CLI', () => {
  let cli: CliHarness;
  beforeAll(async () => {
    cli = cliHarness();
    const db = cli.openDb();
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'acme');
    await storeCreators(db, ws.id, [
      creatorRecord({ displayName: 'Ana' }, { handle: 'ana.anklets' }),
      creatorRecord({}, { handle: 'cleo.cooks' }),
    ]);
    await db.destroy();
  });
  afterAll(() => cli.cleanup());

  it('moves creators through the stages and lists them, saying that emails are not tracked yet', async () => {
    const empty = await cli.run(['relationships', 'list', '--workspace', 'acme']);
    expect(empty.out).toContain('No relationships yet');

    const moved = await cli.run([
      'relationships',
      'set-stage',
      'instagram:@ana.anklets',
      'Contacted',
      '--workspace',
      'acme',
      '--json',
    ]);
    expect(moved.code).toBe(0);
    expect(JSON.parse(moved.out)).toMatchObject({
      stage: 'contacted',
      changed: true,
      emails: { sent: 0, received: 0, tracked: true },
    });
    expect(
      JSON.parse(
        (
          await cli.run([
            'relationships',
            'set-stage',
            'instagram:ana.anklets',
            'contacted',
            '--workspace',
            'acme',
            '--json',
          ])
        ).out,
      ).changed,
    ).toBe(false);
    await cli.run(['relationships', 'set-stage', 'instagram:cleo.cooks', 'prospect', '--workspace', 'acme']);

    const bad = await cli.run(['relationships', 'set-stage', 'instagram:ana.anklets', 'paid', '--workspace', 'acme']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('"paid" is not a stage of this workspace');
    const unknown = await cli.run(['relationships', 'set-stage', 'instagram:nobody', 'replied', '--workspace', 'acme']);
    expect(unknown.err).toContain('unknown creator instagram:nobody');

    const text = await cli.run(['relationships', 'list', '--workspace', 'acme']);
    const lines = text.out.split('\n');
    expect(lines[0]).toMatch(/^creator\s+stage\s+owner\s+last contact\s+sent\s+received$/);
    expect(lines.slice(1, 3).map((l) => l.split(/\s+/))).toEqual([
      ['instagram:cleo.cooks', 'prospect', '-', '-', '0', '0'],
      ['instagram:ana.anklets', 'contacted', '-', '-', '0', '0'],
    ]);
    expect(text.out).toContain('last contact "-" means no email yet');

    const json = JSON.parse(
      (await cli.run(['relationships', 'list', '--workspace', 'acme', '--stage', 'contacted', '--json'])).out,
    );
    expect(json.items.map((r: { accounts: { handle: string }[] }) => r.accounts[0]!.handle)).toEqual(['ana.anklets']);
    expect(json.outreach.tracked).toBe(true);
  });
});
