// Mentions of colleagues in a note: "@ana@acme.com" names the user whose email that is. A scanner, not
// a regular expression, so a hostile note cannot make it backtrack; the note itself is stored as written.

const STOP = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  ',',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '[',
  ']',
  '<',
  '>',
  '"',
  "'",
  '*',
  '`',
]);
const WORD = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** The distinct email addresses mentioned in a Markdown text, lower-case, in order of first mention. */
export function mentionedEmails(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] !== '@') continue;
    const before = i === 0 ? ' ' : text[i - 1]!;
    // "ana@acme.com" inside a word is an address, not a mention.
    if (!STOP.has(before)) continue;
    let end = i + 1;
    while (end < text.length && !STOP.has(text[end]!) && end - i <= 255) end += 1;
    // A sentence may end right after the address: "ask @bo@acme.com."
    const candidate = text
      .slice(i + 1, end)
      .replace(/\.+$/, '')
      .toLowerCase();
    if (candidate.length <= 254 && WORD.test(candidate) && !found.includes(candidate)) found.push(candidate);
    i = end - 1;
  }
  return found;
}
