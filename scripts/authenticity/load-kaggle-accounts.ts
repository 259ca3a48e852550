// The Kaggle "Instagram fake spammer genuine accounts" set (576 train + 120 test, balanced; licence
// not stated, internal use only). It is only ever scored, never fitted on. It has no username
// length, only digits ÷ length, so the profile carries the ratio; full-name columns are kept for
// reference but the model does not use them (InstaFake has no full name to learn them from).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { LabelledAccount } from '../../src/core/authenticity/account-profile.ts';

const count = z.coerce.number().int().min(0);
const flag = z.enum(['0', '1']).transform((v) => v === '1');
const ratio = z.coerce.number().min(0).max(1);

const rowSchema = z.object({
  'profile pic': flag,
  'nums/length username': ratio,
  'fullname words': count,
  'nums/length fullname': ratio,
  'name==username': flag,
  'description length': count,
  'external URL': flag,
  private: flag,
  '#posts': count,
  '#followers': count,
  '#follows': count,
  fake: flag,
});

export type KaggleSplit = 'train' | 'test';

/** All rows of both splits (696), train first, each tagged with its split. */
export function loadKaggleAccounts(dataDir: string): (LabelledAccount & { split: KaggleSplit })[] {
  return (['train', 'test'] as const).flatMap((split) => {
    const text = readFileSync(join(dataDir, 'instagram-fake-spammer-kaggle', `insta_${split}.csv`), 'utf8');
    const records: unknown[] = parse(text, { columns: true, skip_empty_lines: true, trim: true });
    return records.map((record) => {
      const row = rowSchema.parse(record);
      return {
        split,
        isFake: row.fake,
        profile: {
          followers: row['#followers'],
          following: row['#follows'],
          posts: row['#posts'],
          hasProfilePicture: row['profile pic'],
          isPrivate: row.private,
          bioLength: row['description length'],
          usernameDigitRatio: row['nums/length username'],
        },
      };
    });
  });
}
