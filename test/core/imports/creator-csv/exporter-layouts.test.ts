// Creator lists as the tools brands use export them (headers exactly as each tool writes them, see
// test/fixtures/exports/SOURCE.md): every layout imports, and every column is either read or
// reported as ignored.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../../src/core/creators/creator-record.ts';
import { parseCreatorCsv } from '../../../../src/core/imports/creator-csv/parse-creator-csv.ts';

interface Layout {
  file: string;
  platform?: Platform;
  /** Accounts of each record, "platform:handle" joined by "+". */
  accounts: string[];
  ignored: string[];
}

const LAYOUTS: Layout[] = [
  {
    file: 'apify-instagram-profile-scraper.csv',
    accounts: ['instagram:ana.feet', 'instagram:bo.sandals'],
    ignored: [
      'inputUrl',
      'id',
      'hasChannel',
      'highlightReelCount',
      'isBusinessAccount',
      'joinedRecently',
      'businessCategoryName',
      'private',
      'verified',
      'profilePicUrl',
      'profilePicUrlHD',
      'igtvVideoCount',
    ],
  },
  {
    file: 'apify-instagram-profile-lens.csv',
    accounts: ['instagram:ana.feet', 'instagram:bo.sandals'],
    ignored: ['id', 'isVerified', 'scrapedAt'],
  },
  {
    file: 'phantombuster-instagram-profile-scraper.csv',
    accounts: ['instagram:ana.feet', 'instagram:bo.sandals'],
    ignored: ['imgUrl', 'isBusinessAccount', 'isVerified', 'instagramID', 'query', 'timestamp'],
  },
  {
    file: 'hypeauditor-creators.csv',
    accounts: ['instagram:ana.feet+youtube:anafeet', 'instagram:bo.sandals'],
    ignored: ['id', 'gender', 'phones'],
  },
  {
    file: 'hypeauditor-report-daasity.csv',
    platform: 'instagram',
    accounts: ['instagram:ana.feet', 'instagram:bo.sandals'],
    ignored: ['influencer_id', 'private_flag', 'photo_url', 'aqs', 'aqs_title', 'aqs_description'],
  },
  {
    file: 'upfluence-import.csv',
    accounts: ['instagram:ana.feet', 'tiktok:bo.sandals'],
    ignored: [
      'influencer_id',
      'phone_number',
      'shipping_address.line1',
      'shipping_address.line2',
      'shipping_address.zipcode',
      'shipping_address.city',
      'shipping_address.state',
      'shipping_address.country_code',
    ],
  },
  {
    file: 'creatoriq-import.csv',
    accounts: ['instagram:ana.feet+tiktok:ana_feet+youtube:UCBR8-60-B28hp2BmDPdntcQ', 'instagram:bo.sandals'],
    ignored: [],
  },
  {
    file: 'grin-creators.csv',
    accounts: ['instagram:ana.feet+tiktok:ana_feet+youtube:anafeet', 'instagram:bo.sandals'],
    ignored: ['Tags'],
  },
  { file: 'modash-list.csv', accounts: ['instagram:ana.feet', 'instagram:bo.sandals'], ignored: [] },
  { file: 'heepsy-export.csv', accounts: ['instagram:ana.feet', 'instagram:bo.sandals'], ignored: [] },
  {
    file: 'kolsquare-export.csv',
    accounts: ['instagram:ana.feet+tiktok:ana_feet+youtube:anafeet', 'instagram:bo.sandals'],
    ignored: [],
  },
  {
    file: 'favikon-export.csv',
    accounts: ['instagram:ana.feet+youtube:anafeet', 'instagram:bo.sandals'],
    ignored: ['Favikon Score'],
  },
  {
    file: 'aspire-export.csv',
    accounts: ['instagram:ana.feet+tiktok:ana_feet+youtube:anafeet', 'instagram:bo.sandals'],
    ignored: [],
  },
];

const read = (file: string, platform?: Platform) =>
  parseCreatorCsv(readFileSync(`test/fixtures/exports/${file}`, 'utf8'), {
    fileName: file,
    platform,
    fetchedAt: '2026-12-04T00:00:00.000Z',
    observedAt: '2026-11-10T00:00:00.000Z',
  });

describe('creator lists exported by other tools', () => {
  it.each(LAYOUTS)(
    '$file imports every row, reads every known column and reports the others',
    ({ file, platform, accounts, ignored }) => {
      const parsed = read(file, platform);
      expect(parsed.rejections).toEqual([]);
      expect(parsed.records.map((r) => r.value.accounts.map((a) => `${a.platform}:${a.handle}`).join('+'))).toEqual(
        accounts,
      );
      expect(parsed.columns.filter((c) => c.field === null).map((c) => c.header)).toEqual(ignored);
      // Ignored columns are told to the user, never dropped silently.
      for (const header of ignored) expect(parsed.warnings.join('\n')).toContain(`"${header}"`);
    },
  );

  it('reads numbers of several platforms on one row into each platform account (Kolsquare: "Subs – YouTube")', () => {
    const [ana] = read('kolsquare-export.csv').records;
    expect(ana?.value.accounts.map((a) => [a.platform, a.followers])).toEqual([
      ['instagram', 31_200],
      ['tiktok', 88_000],
      ['youtube', 5_100],
    ]);
    expect(ana?.value.accounts[0]?.reported).toEqual([{ metric: 'engagement_rate', value: 0.031 }]);
  });

  it('reads a unit in the header ("YouTube Subscribers (K)") and a percent unit ("Engagement (%)")', () => {
    expect(read('favikon-export.csv').records[0]?.value.accounts[1]?.followers).toBe(5_100);
    expect(read('heepsy-export.csv').records[0]?.value.accounts[0]?.reported?.[0]).toEqual({
      metric: 'engagement_rate',
      value: 0.031,
    });
  });

  it('never takes a numeric id for the handle, and reads camelCase counts (Apify)', () => {
    const [ana] = read('apify-instagram-profile-lens.csv').records;
    expect(ana?.value.accounts).toEqual([
      expect.objectContaining({ handle: 'ana.feet', followers: 31_204, postsCount: 890 }),
    ]);
  });

  it('takes handle and platform from profile links alone (Upfluence media_url)', () => {
    const parsed = read('upfluence-import.csv');
    expect(parsed.columns.find((c) => c.header === 'media_url')).toEqual({
      column: 1,
      header: 'media_url',
      field: 'profile_url',
      note: 'read as the handle',
    });
  });

  it('keeps the country of a location, lower-cases language codes, drops a bad email with a warning', () => {
    const [ana, bo] = read('modash-list.csv').records.map((r) => r.value);
    expect([ana?.country, ana?.language, bo?.country, bo?.language]).toEqual(['ES', 'es', 'US', 'en']);
    const ciq = read('creatoriq-import.csv');
    expect(ciq.records[1]?.value.email).toBeUndefined();
    expect(ciq.warnings).toContain('row 3: Email: "not-an-email" is not an email address: not imported');
    const heepsy = read('heepsy-export.csv');
    expect(heepsy.records[1]?.value.country).toBeUndefined();
    expect(heepsy.warnings).toContain('row 3: Location: "Austin, Texas" names no country: not imported');
  });
});
