import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/app-error.ts';
import type { CreatorRecord } from '../../../../src/core/creators/creator-record.ts';
import { parseCreatorCsv, type CreatorCsvOptions } from '../../../../src/core/imports/creator-csv/parse-creator-csv.ts';

const fetchedAt = '2026-01-02T15:00:00.000Z';
const provenance = (fileName = 'instagram-2022-06.csv', observedAt = '2022-06-01T00:00:00.000Z') => ({
  source: `csv:${fileName}`,
  observedAt,
  fetchedAt,
});
const parse = (text: string, options: Partial<CreatorCsvOptions> = {}) =>
  parseCreatorCsv(text, { fileName: 'instagram-2022-06.csv', fetchedAt, ...options });
const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const handles = (records: { value: CreatorRecord }[]) =>
  records.map((r) => r.value.accounts.map((a) => `${a.platform}:${a.handle}`).join('+'));

describe('parseCreatorCsv', () => {
  it('reports the column mapping it chose, every column of the file included', () => {
    const parsed = parse(
      csv(
        'Handle,Full name,Followers,Subscribers,Country,Category_1,Notes',
        'ana.feet,Ana Feet,31.2k,31200,United Kingdom,Footwear,call back',
      ),
    );
    expect(parsed.columns).toEqual([
      { column: 0, header: 'Handle', field: 'handle' },
      { column: 1, header: 'Full name', field: 'display_name' },
      { column: 2, header: 'Followers', field: 'followers', note: 'used when the first column is empty' },
      { column: 3, header: 'Subscribers', field: 'followers', note: 'read first' },
      { column: 4, header: 'Country', field: 'country' },
      { column: 5, header: 'Category_1', field: 'category' },
      { column: 6, header: 'Notes', field: null },
    ]);
  });

  it('turns a good row into a creator record with account numbers and reported metrics', () => {
    const parsed = parse(
      csv(
        'Rank,Handle,Full name,Followers,Following,Posts,ER,Avg likes,Eng. (Auth.),Country,Audience country,Category_1,Category_2,Email,Bio',
        '7,@Ana.Feet,Ana Feet,31.2k,"1,204",0.89k,3.10%,1.1k,950,United Kingdom,USA,Footwear,Fashion,ana@example.com,Anklets & sandals',
      ),
    );
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records).toEqual([
      {
        label: 'row 2',
        value: {
          displayName: 'Ana Feet',
          email: 'ana@example.com',
          country: 'GB',
          categories: ['Footwear', 'Fashion'],
          accounts: [
            {
              platform: 'instagram',
              handle: 'ana.feet',
              displayName: 'Ana Feet',
              bio: 'Anklets & sandals',
              followers: 31200,
              following: 1204,
              postsCount: 890,
              provenance: provenance(),
              reported: [
                { metric: 'rank', value: 7 },
                { metric: 'engagement_rate', value: 0.031 },
                { metric: 'avg_likes', value: 1100 },
                { metric: 'authentic_engagements', value: 950 },
                { metric: 'audience_top_country', text: 'US' },
              ],
            },
          ],
        },
      },
    ]);
  });

  it('rejects bad rows naming row, column and reason, keeps the good rows and skips blank rows silently', () => {
    const parsed = parse(
      csv(
        'handle,name,followers,engagement rate',
        'good.one,Good One,12.5k,3.1%',
        'bad.number,Bad Number,abc,2%',
        ',Missing Handle,1000,1%',
        'Not A Handle!,Invalid,1000,1%',
        'GOOD.ONE,Duplicate,13k,3%',
        ',,,',
        'negative,Negative,-5,1%',
        'fraction,Fraction,12.5,1%',
        'bad.rate,Bad Rate,100,high',
        'good.two,Good Two,"1,234",NaN%',
      ),
    );
    expect(parsed.rejections).toEqual([
      { record: 'row 3', field: 'followers', reason: '"abc" is not a number' },
      { record: 'row 4', field: 'handle', reason: 'the handle is missing' },
      { record: 'row 5', field: 'handle', reason: '"Not A Handle!" is not a valid instagram handle' },
      { record: 'row 6', field: 'handle', reason: 'duplicate of row 2: the same instagram handle "good.one"' },
      { record: 'row 8', field: 'followers', reason: '"-5" is negative; a count cannot be' },
      { record: 'row 9', field: 'followers', reason: '12.5 is not a whole number of followers' },
      { record: 'row 10', field: 'engagement rate', reason: '"high" is not a rate' },
    ]);
    expect(handles(parsed.records)).toEqual(['instagram:good.one', 'instagram:good.two']);
    expect(parsed.records.map((r) => r.label)).toEqual(['row 2', 'row 11']);
    const [one, two] = parsed.records.map((r) => r.value.accounts[0]);
    expect([one?.followers, one?.reported]).toEqual([12500, [{ metric: 'engagement_rate', value: 0.031 }]]);
    expect([two?.followers, two?.reported]).toEqual([1234, undefined]);
  });

  it('numbers rows by CSV record, so a quoted line break inside a cell does not shift them', () => {
    const parsed = parse(csv('handle,"\nCountry",bio', 'first,Spain,"line one', 'line two"', 'Bad Handle,Spain,x'));
    expect(parsed.records[0]?.value).toMatchObject({
      country: 'ES',
      accounts: [{ handle: 'first', bio: 'line one\r\nline two' }],
    });
    expect(parsed.rejections).toEqual([
      { record: 'row 3', field: 'handle', reason: '"Bad Handle" is not a valid instagram handle' },
    ]);
  });

  it('reports a row it cannot read as CSV and still reads the rows before it', () => {
    const parsed = parse(csv('handle,followers', 'ok.one,10', 'broken,"12'));
    expect(handles(parsed.records)).toEqual(['instagram:ok.one']);
    expect(parsed.rejections).toHaveLength(1);
    expect(parsed.rejections[0]).toMatchObject({ record: 'row 3', field: '(csv)' });
    expect(parsed.rejections[0]?.reason).toMatch(/Quote Not Closed/);
  });

  it('rejects a row with more filled cells than the header has', () => {
    expect(parse(csv('handle,followers', 'ok,1,surprise')).rejections).toEqual([
      { record: 'row 2', field: '(row)', reason: 'has 3 fields but the header has 2' },
    ]);
  });

  describe('handle vs display name, by content', () => {
    const rows = [
      'leomessi,Leo Messi',
      'cristiano,Cristiano Ronaldo',
      'neymarjr,NJ 🇧🇷',
      'kyliejenner,Kylie 🤍',
      'thv,V',
    ];
    it('"name" holding handles and "instagram name" display names (instagram-dec-2022.csv)', () => {
      const parsed = parse(csv('name,instagram name', ...rows));
      expect(handles(parsed.records)).toEqual([
        'instagram:leomessi',
        'instagram:cristiano',
        'instagram:neymarjr',
        'instagram:kyliejenner',
        'instagram:thv',
      ]);
      expect(parsed.records.map((r) => r.value.displayName)).toEqual([
        'Leo Messi',
        'Cristiano Ronaldo',
        'NJ 🇧🇷',
        'Kylie 🤍',
        'V',
      ]);
    });
    it('the same columns the other way round', () => {
      const parsed = parse(csv('instagram name,name', ...rows.map((r) => r.split(',').reverse().join(','))));
      expect(handles(parsed.records)).toEqual([
        'instagram:leomessi',
        'instagram:cristiano',
        'instagram:neymarjr',
        'instagram:kyliejenner',
        'instagram:thv',
      ]);
      expect(parsed.records[0]?.value.displayName).toBe('Leo Messi');
    });
  });

  it('prefers the exact copy of a duplicated column and falls back to the display copy per cell', () => {
    const parsed = parse(
      csv(
        'handle,followers,followers',
        'a.one,409.8M,409812345',
        'a.two,1.2M,N/A',
        'a.three,N/A,#VALOR!',
        'a.four,3K,3001',
        'a.five,5K,5000',
      ),
    );
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records.map((r) => r.value.accounts[0]?.followers)).toEqual([
      409_812_345,
      1_200_000,
      undefined,
      3001,
      5000,
    ]);
  });

  it('reads a numeric column full of country names as the audience country, with a warning naming it', () => {
    const parsed = parse(
      csv(
        'instagram name,influencer name ,Views avg.,Likes avg',
        '433,433,Spain,274.9K',
        'a1,A,Indonesia,1K',
        'a2,B,Russia,2K',
        "a3,C,CÃ´te d'Ivoire,3K",
        'a4,D,Atlantis,4K',
      ),
    );
    expect(parsed.warnings).toContain(
      'column "Views avg." holds country names, not numbers (e.g. "Spain"): read as the audience country',
    );
    expect(
      parsed.records.map((r) => r.value.accounts[0]?.reported?.find((m) => m.metric === 'audience_top_country')?.text),
    ).toEqual(['ES', 'ID', 'RU', 'CI', 'Atlantis']);
    expect(parsed.records[0]?.value.accounts[0]?.reported?.some((m) => m.metric === 'avg_views')).toBe(false);
  });

  it('drops a numeric column of other text with a warning', () => {
    const parsed = parse(csv('handle,followers,posts', 'a,1,many', 'b,2,few', 'c,3,some', 'd,4,lots', 'e,5,none yet'));
    expect(parsed.warnings).toContain('column "posts" is mostly not numbers (e.g. "many"): ignored');
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records[0]?.value.accounts[0]?.postsCount).toBeUndefined();
  });

  it('warns about columns it does not recognise', () => {
    expect(parse(csv('handle,notes,followers', 'a,vip,1')).warnings).toContain(
      'ignored columns not recognised: "notes"',
    );
  });

  it('makes one creator with several accounts from per-platform handle columns', () => {
    const parsed = parse(
      csv(
        'name,platform,instagram,tiktok,youtube url,followers',
        'Ana Feet,TikTok,ana.feet,@ana_feet,https://www.youtube.com/@AnaFeet,88k',
        'Bo Sandals,instagram,bo.sandals,,,12k',
      ),
      { fileName: 'creators.csv' },
    );
    expect(parsed.rejections).toEqual([]);
    expect(handles(parsed.records)).toEqual([
      'instagram:ana.feet+tiktok:ana_feet+youtube:anafeet',
      'instagram:bo.sandals',
    ]);
    const ana = parsed.records[0]!.value;
    expect(ana.displayName).toBe('Ana Feet');
    expect(ana.accounts.map((a) => a.followers)).toEqual([undefined, 88_000, undefined]);
  });

  it('needs no platform for a list of per-platform handles without numbers', () => {
    const parsed = parse(csv('name,instagram,tiktok', 'Ana Feet,ana.feet,ana_feet', 'Bo,,bo.tok'), {
      fileName: 'creators.csv',
    });
    expect(parsed.rejections).toEqual([]);
    expect(handles(parsed.records)).toEqual(['instagram:ana.feet+tiktok:ana_feet', 'tiktok:bo.tok']);
    expect(parsed.records.map((r) => r.value.displayName)).toEqual(['Ana Feet', 'Bo']);
  });

  it('rejects a row whose numbers belong to a platform it has no handle for', () => {
    const parsed = parse(csv('name,platform,instagram,tiktok,followers', 'Ana,tiktok,ana.feet,,5k'), {
      fileName: 'creators.csv',
    });
    expect(parsed.rejections).toEqual([
      {
        record: 'row 2',
        field: 'tiktok',
        reason: "the tiktok handle is missing, so the row's numbers belong to no account",
      },
    ]);
  });

  describe('platform', () => {
    it('comes from a platform column per row; an unknown one rejects the row', () => {
      const parsed = parse(csv('handle,platform,followers', 'a.b,Instagram,1', 'a.b,YouTube,2', 'c.d,Snapchat,3'), {
        fileName: 'creators.csv',
      });
      expect(handles(parsed.records)).toEqual(['instagram:a.b', 'youtube:a.b']);
      expect(parsed.rejections).toEqual([
        {
          record: 'row 4',
          field: 'platform',
          reason: '"Snapchat" is not a supported platform (instagram, tiktok, youtube)',
        },
      ]);
    });
    it('--platform wins over the column and the file name', () => {
      const parsed = parse(csv('handle,platform', 'a.b,Instagram'), {
        fileName: 'youtube-2022-06.csv',
        platform: 'tiktok',
      });
      expect(handles(parsed.records)).toEqual(['tiktok:a.b']);
    });
    it('is a clear error when nothing tells it', () => {
      expect(() => parse(csv('handle,followers', 'a,1'), { fileName: 'creators.csv' })).toThrow(/pass --platform/);
    });
  });

  it('is an error naming the columns when no column holds handles', () => {
    let error: unknown;
    try {
      parse(csv('followers,country', '1,Spain'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(
      'instagram-2022-06.csv: no column holds creator handles (columns: "followers", "country")',
    );
  });

  it('drops an email that is not one with a warning naming row and column, and still imports the row', () => {
    const parsed = parse(csv('handle,email', 'a,not-an-email'));
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records.map((r) => r.value)).toEqual([{ accounts: [expect.objectContaining({ handle: 'a' })] }]);
    expect(parsed.warnings).toContain('row 2: email: "not-an-email" is not an email address: not imported');
  });

  it('dates the numbers from --observed-at, else the file name, else the import day with a warning', () => {
    const text = csv('handle', 'a');
    expect(
      parse(text, { observedAt: '2022-03-01T00:00:00.000Z' }).records[0]?.value.accounts[0]?.provenance.observedAt,
    ).toBe('2022-03-01T00:00:00.000Z');
    expect(parse(text, { fileName: 'x/instagram-dec-2022.csv' }).records[0]?.value.accounts[0]?.provenance).toEqual(
      provenance('instagram-dec-2022.csv', '2022-12-01T00:00:00.000Z'),
    );
    const undated = parse(text, { fileName: 'instagram-undated.csv' });
    expect(undated.records[0]?.value.accounts[0]?.provenance.observedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(undated.warnings.join('\n')).toMatch(/--observed-at/);
  });

  it('keeps a row whose numbers name a platform it has no account on, dropping those numbers with a warning', () => {
    const parsed = parse(csv('name,instagram,Instagram followers,TikTok followers', 'Ana,ana.feet,31.2k,88k'), {
      fileName: 'creators.csv',
    });
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records[0]?.value.accounts).toEqual([
      expect.objectContaining({ platform: 'instagram', handle: 'ana.feet', followers: 31_200 }),
    ]);
    expect(parsed.warnings).toContain(
      'row 2: TikTok followers: no tiktok account on this row, so its tiktok numbers were not imported',
    );
  });

  describe("the user's corrections to the mapping", () => {
    const text = csv('Creator,Notes,Reach', 'Ana Feet,ana.feet,31.2k', 'Bo Sandals,bo.sandals,12k');
    it('read a column the headers did not name, and stop reading another', () => {
      const columnOverrides = [
        { column: 0, field: 'display_name' },
        { column: 1, field: 'handle' },
        { column: 2, field: 'followers:instagram' },
      ];
      const parsed = parse(text, { columnOverrides });
      expect(parsed.rejections).toEqual([]);
      expect(
        parsed.records.map((r) => [r.value.displayName, r.value.accounts[0]?.handle, r.value.accounts[0]?.followers]),
      ).toEqual([
        ['Ana Feet', 'ana.feet', 31_200],
        ['Bo Sandals', 'bo.sandals', 12_000],
      ]);
      expect(parsed.columns.map((c) => c.field)).toEqual(['display_name', 'handle', 'followers:instagram']);
      const unread = parse(text, {
        columnOverrides: [
          { column: 1, field: 'handle' },
          { column: 0, field: null },
        ],
      });
      expect(unread.columns.map((c) => c.field)).toEqual([null, 'handle', null]);
      expect(unread.records[0]?.value.displayName).toBeUndefined();
    });
    it('name a field that does not exist or a column that is not there: a clear error', () => {
      expect(() => parse(text, { columnOverrides: [{ column: 1, field: 'shoe_size' }] })).toThrow(
        'mapping: "shoe_size" is not a field a column can feed',
      );
      expect(() => parse(text, { columnOverrides: [{ column: 9, field: 'handle' }] })).toThrow(
        'mapping: column 9 is not a column of the file (it has 3)',
      );
    });
  });
});
