// microreach user create / reset-password and token list / revoke, against a temporary SQLite file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authenticateToken } from '../../../src/services/access/authenticate.ts';
import { createSession } from '../../../src/services/access/create-session.ts';
import { cliHarness } from '../../support/cli-harness.ts';

describe('microreach user and token commands', () => {
  const cli = cliHarness();
  afterAll(() => cli.cleanup());
  const passwordFile = join(cli.config.dataDir, 'password.txt');

  it('creates the owner of a new workspace from a password file; the legacy token of the workspace becomes hers', async () => {
    const legacy = await cli.run(['token', 'create', '--workspace', 'acme', '--create-workspace', '--json']);
    const token = JSON.parse(legacy.out).token as string;
    writeFileSync(passwordFile, 'correct horse battery\n');
    const made = await cli.run([
      'user',
      'create',
      '--email',
      'Ann@Acme.test',
      '--workspace',
      'acme',
      '--role',
      'owner',
      '--password-file',
      passwordFile,
    ]);
    expect(made).toMatchObject({ code: 0 });
    expect(made.out).toContain('Created ann@acme.test as owner of workspace acme');
    const db = cli.openDb();
    try {
      expect(await authenticateToken(db, token)).toMatchObject({
        role: 'owner',
        label: expect.stringContaining('ann@acme.test'),
      });
    } finally {
      await db.destroy();
    }
  });

  it('refuses a short password, an unknown role and a missing file with clear errors', async () => {
    writeFileSync(passwordFile, 'short');
    expect(
      (
        await cli.run([
          'user',
          'create',
          '--email',
          'bo@acme.test',
          '--workspace',
          'acme',
          '--role',
          'viewer',
          '--password-file',
          passwordFile,
        ])
      ).err,
    ).toContain('at least 10 characters');
    expect(
      (
        await cli.run([
          'user',
          'create',
          '--email',
          'bo@acme.test',
          '--workspace',
          'acme',
          '--role',
          'king',
          '--password-file',
          passwordFile,
        ])
      ).err,
    ).toContain('--role must be one of');
    expect(
      (await cli.run(['user', 'create', '--email', 'bo@acme.test', '--workspace', 'acme', '--password-file', '/nope']))
        .err,
    ).toContain('Cannot read --password-file');
  });

  it('makes new tokens for the first owner once the workspace has one (or for --email), optionally expiring', async () => {
    const made = JSON.parse(
      (await cli.run(['token', 'create', '--workspace', 'acme', '--expires-days', '30', '--json'])).out,
    ) as { token: string };
    const db = cli.openDb();
    try {
      expect(await authenticateToken(db, made.token)).toMatchObject({ role: 'owner', userId: expect.any(Number) });
      const row = await db
        .selectFrom('api_tokens')
        .select('expires_at')
        .where('prefix', '=', made.token.slice(0, 10))
        .executeTakeFirstOrThrow();
      expect(row.expires_at).not.toBeNull();
    } finally {
      await db.destroy();
    }
    expect((await cli.run(['token', 'create', '--workspace', 'acme', '--email', 'nobody@acme.test'])).err).toContain(
      'not a member',
    );
  });

  it('prints a reset link; lists tokens and revokes one, ending the sessions opened with it', async () => {
    expect((await cli.run(['user', 'reset-password', '--email', 'ann@acme.test'])).out).toMatch(
      /http:\/\/127\.0\.0\.1:3000\/reset\/mrp_/,
    );
    const list = await cli.run(['token', 'list', '--workspace', 'acme', '--json']);
    const row = (JSON.parse(list.out) as { id: number; email: string; revoked_at: string | null }[]).at(-1);
    expect(row!.email).toBe('ann@acme.test');
    const db = cli.openDb();
    try {
      const workspace = await db
        .selectFrom('workspaces')
        .select('id')
        .where('slug', '=', 'acme')
        .executeTakeFirstOrThrow();
      await createSession(db, workspace.id, { via: 'token', tokenId: row!.id });
      const revoked = await cli.run(['token', 'revoke', String(row!.id), '--workspace', 'acme']);
      expect(revoked.out).toContain('Revoked token');
      expect(await db.selectFrom('sessions').selectAll().where('token_id', '=', row!.id).execute()).toEqual([]);
      expect((await cli.run(['token', 'list', '--workspace', 'acme'])).out).toMatch(/revoked/);
    } finally {
      await db.destroy();
    }
  });
});
