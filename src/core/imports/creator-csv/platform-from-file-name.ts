import type { Platform } from '../../creators/creator-record.ts';

const WORDS: [Platform, RegExp][] = [
  ['instagram', /instagram|insta(?![a-z])/],
  ['tiktok', /tik[-_ ]?tok/],
  ['youtube', /you[-_ ]?tube/],
];

/** The one platform a file name mentions ("instagram-dec-2022.csv"), or undefined when none or several. */
export function platformFromFileName(fileName: string): Platform | undefined {
  const name = fileName.toLowerCase().replace(/^.*[\\/]/, '');
  const found = WORDS.filter(([, pattern]) => pattern.test(name)).map(([platform]) => platform);
  return found.length === 1 ? found[0] : undefined;
}
