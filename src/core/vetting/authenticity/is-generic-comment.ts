// Generic comments are the ones a bot or a pod member can leave under any post: emoji only, or a
// stock phrase. A real reply mentions something (a product, a place, a question).

const STOCK = [
  'nice',
  'nice pic',
  'nice photo',
  'nice post',
  'nice one',
  'great',
  'great pic',
  'great post',
  'great shot',
  'cool',
  'so cool',
  'wow',
  'amazing',
  'awesome',
  'beautiful',
  'gorgeous',
  'stunning',
  'lovely',
  'love it',
  'love this',
  'so cute',
  'cute',
  'perfect',
  'fire',
  'lit',
  'goals',
  'yes',
  'omg',
  'congrats',
  'well done',
  'keep it up',
  'keep going',
  'good job',
  'superb',
  'super',
  'nice feed',
  'love your feed',
  'great content',
  'love your content',
  'check my page',
  'check my profile',
  'follow me',
  'follow back',
  'dm me',
  'dm for collab',
  'collab',
  'promote it on',
  'top',
  'genial',
  'hermoso',
  'hermosa',
  'lindo',
  'linda',
  'bello',
  'bella',
  'toll',
  'schön',
  'super schön',
  'magnifique',
  'trop beau',
  'incrível',
];
// Elongations ("niiice", "sooo cute") are folded by collapsing repeated letters on both sides.
const fold = (s: string) => s.replace(/(.)\1+/gu, '$1');
const stock = new Set(STOCK.map(fold));

/** True when the text is emoji / punctuation only, or a stock phrase (optionally with emoji). */
export function isGenericComment(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/@[\p{L}\p{N}._]+/gu, ' ')
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words === '' || stock.has(fold(words));
}
