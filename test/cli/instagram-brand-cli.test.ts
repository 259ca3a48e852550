// The two brand-side Instagram options of the CLI: `import instagram --brand-tags` marks the brand's /tags page,
// and `instagram connect` stores the brand's token sealed (never in the clear in the database).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brandInstagramToken } from '../../src/services/content/connect-brand-instagram.ts';
import { loadSecretKey } from '../../src/services/secrets/load-secret-key.ts';
import { cliHarness, type CliHarness } from '../support/cli-harness.ts';
import { testData } from '../support/test-data.ts';

const PROFILE = testData('api-instagram-graph', 'pyfacebook_discovery_user_fields.json');
const TAGS = new URL('../fixtures/instagram-tags/tags.json', import.meta.url).pathname;

describe('microreach import instagram --brand-tags / instagram connect', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = cliHarness();
  });
  afterEach(() => cli.cleanup());

  it('marks the tags page as tagging the brand, and stores the token sealed', async () => {
    const imported = await cli.run(['import', 'instagram', PROFILE, TAGS, '--brand-tags', '--workspace', 'acme']);
    // The profile is read as usual next to the tags page; the author microreach does not know is refused by name.
    expect(imported.code).toBe(1);
    expect(imported.out).toContain('data[2]: instagram account @stranger.account is not known');
    const connected = await cli.run(['instagram', 'connect', '--workspace', 'acme', '--token', 'IGQVJ-brand-token']);
    expect([connected.code, connected.out]).toEqual([0, 'Instagram token stored for workspace acme.']);

    const db = cli.openDb();
    try {
      const marks = await db.selectFrom('posts').select('brand_mention').distinct().execute();
      expect(marks).toEqual([{ brand_mention: 'tagged' }]);
      const ws = await db.selectFrom('workspaces').select('id').where('slug', '=', 'acme').executeTakeFirstOrThrow();
      const key = loadSecretKey(cli.config);
      expect(await brandInstagramToken(db, key, Number(ws.id))).toBe('IGQVJ-brand-token');
      const stored = await db
        .selectFrom('brand_instagram_tokens')
        .select('access_ciphertext')
        .executeTakeFirstOrThrow();
      expect(stored.access_ciphertext).not.toContain('IGQVJ');
    } finally {
      await db.destroy();
    }
  });
});
