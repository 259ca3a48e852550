// JSON.parse without precision loss: every number arrives as its exact source text (a string).
// Store platforms send 64-bit ids as JSON numbers (Shopify's test order 820982911946154508), which a
// JS number would round; amounts are decimals that must not pass through floating point either. The
// connectors' zod schemas accept numbers as text, so nothing downstream ever sees a rounded value.
//
// One linear pass turns each number token outside strings into a quoted string, then JSON.parse does
// all the validation. No regular expression, no recursion: a hostile body costs time in its length.

const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters a JSON number token can contain after its first one: digits . e E + - */
const inNumber = (c: number) => isDigit(c) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;

export function parseExactJson(text: string): unknown {
  let out = '';
  let copiedUpTo = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip a string, honouring backslash escapes.
      i += 1;
      while (i < text.length) {
        const s = text.charCodeAt(i);
        if (s === 92) i += 2;
        else if (s === 34) break;
        else i += 1;
      }
      i += 1;
    } else if (c === 45 || isDigit(c)) {
      const start = i;
      i += 1;
      while (i < text.length && inNumber(text.charCodeAt(i))) i += 1;
      const token = text.slice(start, i);
      if (!isJsonNumber(token)) {
        throw new SyntaxError(`"${token.slice(0, 40)}" at position ${start} is not a JSON number`);
      }
      out += `${text.slice(copiedUpTo, start)}"${token}"`;
      copiedUpTo = i;
    } else {
      i += 1;
    }
  }
  return JSON.parse(copiedUpTo === 0 ? text : out + text.slice(copiedUpTo));
}

/** The JSON number grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? — checked by hand. */
function isJsonNumber(t: string): boolean {
  let i = 0;
  if (t.charCodeAt(i) === 45) i += 1;
  if (t.charCodeAt(i) === 48) i += 1;
  else if (isDigit(t.charCodeAt(i))) while (isDigit(t.charCodeAt(i))) i += 1;
  else return false;
  if (t.charCodeAt(i) === 46) {
    i += 1;
    if (!isDigit(t.charCodeAt(i))) return false;
    while (isDigit(t.charCodeAt(i))) i += 1;
  }
  if (t.charCodeAt(i) === 101 || t.charCodeAt(i) === 69) {
    i += 1;
    if (t.charCodeAt(i) === 43 || t.charCodeAt(i) === 45) i += 1;
    if (!isDigit(t.charCodeAt(i))) return false;
    while (isDigit(t.charCodeAt(i))) i += 1;
  }
  return i === t.length;
}
