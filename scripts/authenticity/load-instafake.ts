// InstaFake fake-v1.0 (Akyon & Kalfaoglu 2019; CC BY-NC 4.0, internal use only): 200 fake and 994
// real accounts. Rows are validated with zod so a changed file fails loudly here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { LabelledAccount } from '../../src/core/authenticity/account-profile.ts';

const count = z.number().int().min(0);
const flag = z.union([z.literal(0), z.literal(1)]);

const rowSchema = z.object({
  userFollowerCount: count,
  userFollowingCount: count,
  userBiographyLength: count,
  userMediaCount: count,
  userHasProfilPic: flag,
  userIsPrivate: flag,
  usernameDigitCount: count,
  usernameLength: count,
  isFake: flag,
});

/** The fake accounts then the real ones, in file order (1,194 accounts). */
export function loadInstafake(dataDir: string): LabelledAccount[] {
  return ['fakeAccountData.json', 'realAccountData.json'].flatMap((file) => {
    const rows = z.array(rowSchema).parse(JSON.parse(readFileSync(join(dataDir, 'instafake', file), 'utf8')));
    return rows.map((row) => ({
      isFake: row.isFake === 1,
      profile: {
        followers: row.userFollowerCount,
        following: row.userFollowingCount,
        posts: row.userMediaCount,
        hasProfilePicture: row.userHasProfilPic === 1,
        isPrivate: row.userIsPrivate === 1,
        bioLength: row.userBiographyLength,
        usernameLength: row.usernameLength,
        usernameDigitCount: row.usernameDigitCount,
      },
    }));
  });
}
