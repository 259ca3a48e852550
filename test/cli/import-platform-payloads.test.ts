import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliHarness, type CliHarness } from '../support/cli-harness.ts';
import { testData } from '../support/test-data.ts';

const ig = (file: string) => testData('api-instagram-graph', file);
const yt = (file: string) => testData('api-youtube', file);
const IG_FILES = [
  ig('pyfacebook_discovery_medias_p2.json'),
  ig('pyfacebook_discovery_user_fields.json'),
  ig('pyfacebook_discovery_medias_p1.json'),
];

describe('microreach import instagram|youtube', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = cliHarness();
  });
  afterEach(() => cli.cleanup());

  it('imports Instagram payloads, prints one JSON document, and changes nothing the second time', async () => {
    const first = await cli.run(['import', 'instagram', ...IG_FILES, '--json']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const report = JSON.parse(first.out);
    expect(report).toMatchObject({ imported: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ kind: 'instagram', rejections: [], warnings: [] });

    const second = JSON.parse((await cli.run(['import', 'instagram', ...IG_FILES, '--json'])).out);
    expect(second).toMatchObject({ imported: 0, updated: 0, rejected: 0 });

    const db = cli.openDb();
    try {
      const account = await db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow();
      expect(account).toMatchObject({ handle: 'facebookfordevelopers', followers: 64976, posts_count: 436 });
      expect(
        await db
          .selectFrom('posts')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow(),
      ).toEqual({ n: 4 });
      const workspaces = await db.selectFrom('workspaces').select('slug').execute();
      expect(workspaces).toEqual([{ slug: 'default' }]);
    } finally {
      await db.destroy();
    }
  });

  it('reports bad JSON and payloads of unknown accounts as rejections, with exit code 1', async () => {
    const broken = join(cli.config.dataDir, 'broken.json');
    writeFileSync(broken, '{"business_discovery": ');
    const result = await cli.run([
      'import',
      'instagram',
      broken,
      ig('airbyte_follower_demographics_city.json'),
      '--workspace',
      'acme',
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`rejected ${broken}: (file): invalid JSON: `);
    expect(result.out).toContain(
      `rejected ${ig('airbyte_follower_demographics_city.json')}: data[0].id: the payload does not name its account; pass --account HANDLE`,
    );
  });

  describe("a Business Discovery answer with counts only (Meta's documented example)", () => {
    const counts = 'test/fixtures/meta/business-discovery-counts.json';
    it('imports as a profile observation of the account named by --account, its platform id kept as a string', async () => {
      const result = await cli.run(['import', 'instagram', counts, '--account', 'bluebottle', '--json']);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.out)).toMatchObject({ imported: 1, rejected: 0 });
      const db = cli.openDb();
      try {
        expect(
          await db.selectFrom('accounts').select(['handle', 'external_id', 'followers', 'posts_count']).execute(),
        ).toEqual([{ handle: 'bluebottle', external_id: '17841401441775531', followers: 267_793, posts_count: 1205 }]);
      } finally {
        await db.destroy();
      }
    });
    it('without --account says whose numbers it cannot place, and fails', async () => {
      const result = await cli.run(['import', 'instagram', counts]);
      expect(result.code).toBe(1);
      expect(result.out).toContain('but not its username: pass --account HANDLE');
    });
  });

  it('imports TikTok Display API responses: the profile, then its videos for --account', async () => {
    const tt = (file: string) => `test/fixtures/tiktok/${file}`;
    const result = await cli.run([
      'import',
      'tiktok',
      tt('user-info-full.json'),
      tt('video-list.json'),
      '--account',
      'ana_feet',
      '--json',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ rejected: 0 });
    const db = cli.openDb();
    try {
      expect(
        await db.selectFrom('accounts').select(['platform', 'handle', 'external_id', 'followers']).execute(),
      ).toEqual([
        {
          platform: 'tiktok',
          handle: 'ana_feet',
          external_id: '723f24d7-e717-40f8-a2b6-cb8464cd23b4',
          followers: 88_000,
        },
      ]);
      expect(await db.selectFrom('posts').select('external_id').orderBy('external_id').execute()).toEqual([
        { external_id: '7080217258529818923' },
        { external_id: '7080217258529818999' },
      ]);
    } finally {
      await db.destroy();
    }
  });

  it('names a payload of another platform for what it is', async () => {
    const result = await cli.run(['import', 'instagram', yt('pyyoutube_channel_info_single.json')]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('(file): this is a YouTube Data API response: import it as youtube');
  });

  it('fails, saying why, when a non-empty file imports nothing', async () => {
    const empty = join(cli.config.dataDir, 'empty.json');
    writeFileSync(empty, '{"data": []}');
    const result = await cli.run(['import', 'instagram', empty]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`nothing imported: ${empty}: the response has no data, nothing to import`);
  });

  it('takes --account for follower demographics', async () => {
    await cli.run(['import', 'instagram', ig('pyfacebook_discovery_user_fields.json')]);
    const result = await cli.run([
      'import',
      'instagram',
      ig('airbyte_follower_demographics_age_gender.json'),
      ig('airbyte_follower_demographics_city.json'),
      '--account',
      'instagram:FacebookForDevelopers',
      '--json',
    ]);
    expect(JSON.parse(result.out)).toMatchObject({ updated: 1, rejected: 0 });
    const db = cli.openDb();
    try {
      expect(
        await db.selectFrom('audiences').select(['dimension', 'sample_size']).orderBy('dimension').execute(),
      ).toEqual([
        { dimension: 'age_gender', sample_size: 64 },
        { dimension: 'city', sample_size: 295 },
      ]);
    } finally {
      await db.destroy();
    }
  });

  it('imports YouTube payloads with a human summary', async () => {
    const result = await cli.run([
      'import',
      'youtube',
      yt('pyyoutube_model_video_api_response.json'),
      yt('pyyoutube_channel_info_single.json'),
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      `${yt('pyyoutube_model_video_api_response.json')}, ${yt('pyyoutube_channel_info_single.json')}: 1 imported, 1 updated, 0 unchanged, 0 rejected`,
    );
  });

  it.each([
    [['import', 'instagram'], /no files given/],
    [['import', 'instagram', 'missing.json'], /cannot read missing\.json: ENOENT/],
    [
      ['import', 'instagram', ig('pyfacebook_discovery_user_fields.json'), '--observed-at', 'yesterday'],
      /--observed-at must be a date/,
    ],
    [
      ['import', 'instagram', ig('pyfacebook_discovery_user_fields.json'), '--account', 'youtube:google'],
      /--account names a youtube account/,
    ],
    [['import', 'youtube', yt('pyyoutube_channel_info_single.json'), '--account', 'x'], /Unknown option '--account'/],
  ])('refuses %j with a clear error', async (argv, message) => {
    const result = await cli.run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
