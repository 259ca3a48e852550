// Headers of exported creator lists vary endlessly ("Eng. (Avg.)", "Engagement average Values \n",
// "likes(avg.)", "Subscribers count", "\nCountry", "followersCount", "avg_likes", "Subs – YouTube").
// They are compared as words: camelCase split, lower case, split on anything that is not a letter
// or digit (snake_case, kebab-case, spaces, brackets), plural and abbreviated forms folded, and
// filler words ("values", "count", "numbers", "mostly") dropped.

const FOLD: Record<string, string> = {
  average: 'avg',
  averages: 'avg',
  eng: 'engagement',
  engagements: 'engagement',
  auth: 'authentic',
  likes: 'like',
  comments: 'comment',
  views: 'view',
  shares: 'share',
  posts: 'post',
  followers: 'follower',
  subscribers: 'subscriber',
  subs: 'subscriber',
  fans: 'fan',
  categories: 'category',
  countries: 'country',
  scores: 'score',
  emails: 'email',
  languages: 'language',
  usernames: 'username',
  handles: 'handle',
  accounts: 'account',
  names: 'name',
  videos: 'video',
  uploads: 'upload',
  followees: 'following',
  followings: 'following',
  follows: 'following',
  follower: 'follower',
  percentage: 'percent',
  pct: 'percent',
};

const FILLER = new Set(['values', 'value', 'numbers', 'number', 'num', 'count', 'mostly', 'of', 'the', 'in', 'on']);

/** The words of a header in comparison form, in their original order. */
export function headerTokens(header: string): string[] {
  return (
    header
      .normalize('NFKC')
      // camelCase and PascalCase: "followersCount" → "followers Count", "igtvVideoCount" → "igtv Video Count"
      .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
      .toLowerCase()
      // A unit in the header is a word: "Engagement (%)" says the cells are percentages.
      .replaceAll('%', ' percent ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .reduce<string[]>(joinSplitNames, [])
      .map((word) => FOLD[word] ?? word)
      .filter((word) => !FILLER.has(word))
  );
}

// "TikTok", "YouTube", "youTuber", "TikToker" are one word even when written in camelCase or apart ("Tik Tok").
const SPLIT_NAMES: [string, string][] = [
  ['tik', 'tok'],
  ['you', 'tube'],
];

function joinSplitNames(words: string[], word: string): string[] {
  const previous = words.at(-1);
  const split = SPLIT_NAMES.some(([head, tail]) => previous === head && word.startsWith(tail));
  if (split) words[words.length - 1] = `${previous}${word}`;
  else words.push(word);
  return words;
}

/** Order-independent comparison key of a header: "Likes avg" and "Avg. likes" give the same key. */
export const headerKey = (header: string): string => [...headerTokens(header)].sort().join(' ');
