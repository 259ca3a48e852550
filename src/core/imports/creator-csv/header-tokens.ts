// Headers of exported creator lists vary endlessly ("Eng. (Avg.)", "Engagement average Values \n",
// "likes(avg.)", "Subscribers count", "\nCountry"). They are compared as words: lower case, split on
// anything that is not a letter or digit, plural and abbreviated forms folded, and filler words
// ("values", "count", "numbers", "mostly") dropped.

const FOLD: Record<string, string> = {
  average: 'avg', averages: 'avg',
  eng: 'engagement', engagements: 'engagement', auth: 'authentic',
  likes: 'like', comments: 'comment', views: 'view', shares: 'share', posts: 'post',
  followers: 'follower', subscribers: 'subscriber', subs: 'subscriber', fans: 'fan',
  categories: 'category', countries: 'country', scores: 'score', emails: 'email', languages: 'language',
  usernames: 'username', handles: 'handle', names: 'name', videos: 'video', uploads: 'upload', followees: 'following',
  followings: 'following', follows: 'following',
};

const FILLER = new Set(['values', 'value', 'numbers', 'number', 'num', 'count', 'mostly', 'of', 'the', 'in']);

/** The words of a header in comparison form, in their original order. */
export function headerTokens(header: string): string[] {
  return header.normalize('NFKC').toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => FOLD[word] ?? word)
    .filter((word) => !FILLER.has(word));
}

/** Order-independent comparison key of a header: "Likes avg" and "Avg. likes" give the same key. */
export const headerKey = (header: string): string => [...headerTokens(header)].sort().join(' ');
