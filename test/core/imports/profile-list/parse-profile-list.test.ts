import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/app-error.ts';
import { parseProfileList } from '../../../../src/core/imports/profile-list/parse-profile-list.ts';

const parse = (text: string, fileName = 'profiles.csv') => parseProfileList(text, { fileName, platform: 'instagram' });

describe('parseProfileList', () => {
  it.each([
    [
      'scraper names',
      'username,followers_count,follows_count,media_count,is_private,biography,full_name\nLucy.Walks,1.2k,380,85,false,"likes dogs",Lucy W\n',
      {
        handle: 'lucy.walks',
        followers: 1200,
        following: 380,
        posts: 85,
        isPrivate: false,
        hasProfilePicture: null,
        bioLength: 10,
        fullName: 'Lucy W',
      },
    ],
    [
      'plain names, @ and URL handles',
      'Handle,Followers,Following,Posts,Has profile picture,Private\n@bot_778812,3,"2,500",0,no,0\n',
      {
        handle: 'bot_778812',
        followers: 3,
        following: 2500,
        posts: 0,
        isPrivate: false,
        hasProfilePicture: false,
        bioLength: null,
        fullName: null,
      },
    ],
    [
      'InstaFake-style names',
      'username,userFollowerCount,userFollowingCount,userMediaCount,userHasProfilPic,userIsPrivate,userBiographyLength\nhttps://instagram.com/some.one/,10,20,30,1,1,0\n',
      {
        handle: 'some.one',
        followers: 10,
        following: 20,
        posts: 30,
        isPrivate: true,
        hasProfilePicture: true,
        bioLength: 0,
        fullName: null,
      },
    ],
    [
      'a picture URL says there is one; N/A is unknown',
      'username,profile_pic_url,followers,following\npat,https://cdn.example/p.jpg,N/A,-\n',
      {
        handle: 'pat',
        followers: null,
        following: null,
        posts: null,
        isPrivate: null,
        hasProfilePicture: true,
        bioLength: null,
        fullName: null,
      },
    ],
  ])('reads %s', (_name, csv, expected) => {
    const parsed = parse(csv);
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records.map((r) => r.value)).toEqual([expected]);
    expect(parsed.records[0]!.label).toBe('row 2');
  });

  it('reads JSON arrays (and {"data": [...]}), a null biography staying unknown', () => {
    const json = JSON.stringify({
      data: [
        { username: 'ann', followersCount: 5, followingCount: 6, mediaCount: 7, biography: null },
        { username: 'ben', biography: '' },
      ],
    });
    const parsed = parse(json, 'profiles.json');
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records.map((r) => [r.label, r.value.handle, r.value.followers, r.value.bioLength])).toEqual([
      ['[0]', 'ann', 5, null],
      ['[1]', 'ben', null, 0],
    ]);
  });

  it('rejects bad rows by row, field and reason, and keeps the good ones', () => {
    const csv = [
      'username,followers,following,is_private,posts',
      'good.one,10,20,no,3',
      'not a handle!,10,20,no,3',
      'bad.count,ten,20,no,3',
      'bad.flag,10,20,maybe,3',
      'half,10.5,20,no,3',
      ',1,2,no,3',
      'GOOD.ONE,11,20,no,3',
      '',
      'last,1,2,yes,3',
    ].join('\n');
    const parsed = parse(csv);
    expect(parsed.records.map((r) => r.value.handle)).toEqual(['good.one', 'last']);
    expect(parsed.rejections).toEqual([
      { record: 'row 3', field: 'handle', reason: '"not a handle!" is not a valid instagram handle' },
      { record: 'row 4', field: 'followers', reason: '"ten" is not a number' },
      { record: 'row 5', field: 'is_private', reason: '"maybe" is not yes / no (true, false, 1, 0)' },
      { record: 'row 6', field: 'followers', reason: '"10.5" is not a whole number' },
      { record: 'row 7', field: 'handle', reason: 'empty' },
      { record: 'row 8', field: 'handle', reason: '"good.one" is already in row 2' },
    ]);
  });

  it('names the columns it ignored', () => {
    expect(parse('username,followers,favourite_colour\nann,1,blue\n').warnings).toEqual([
      'ignored columns: favourite_colour',
    ]);
  });

  it('refuses a file without a handle column, saying which names count', () => {
    expect(() => parse('followers,following\n1,2\n')).toThrow(AppError);
    expect(() => parse('followers,following\n1,2\n')).toThrow(/no handle column: name one of handle, username/);
    expect(() => parse('[1, 2', 'p.json')).toThrow(/p.json is not valid JSON/);
    expect(() => parse('{"x": 1}', 'p.json')).toThrow(/expected an array of profiles/);
  });
});
