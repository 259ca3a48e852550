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
      i = endOfString(text, i + 1) + 1;
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

/**
 * The closing quote of the string whose text starts at `from` (text.length when there is none:
 * JSON.parse then refuses the body). A quote closes the string unless an odd number of backslashes
 * escapes it. indexOf jumps over the string's text: strings are most of a store's payload.
 */
function endOfString(text: string, from: number): number {
  let quote = text.indexOf('"', from);
  while (quote !== -1) {
    let before = quote - 1;
    while (before >= from && text.charCodeAt(before) === 92) before -= 1;
    if ((quote - 1 - before) % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
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
