// Bytes of an uploaded text file → a string. Spreadsheet tools write UTF-8 with or without a byte
// order mark, UTF-16 ("Unicode text"), or Windows-1252; the last one is only a guess, so it is said.

export interface DecodedText {
  text: string;
  /** Set when the encoding had to be guessed. */
  warning?: string;
}

export function decodeText(content: string | Uint8Array): DecodedText {
  if (typeof content === 'string') return { text: content.replace(/^\uFEFF/, '') };
  const b = content;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(b.subarray(3)) };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)) };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b.subarray(2)) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(b),
      warning: 'the file is not valid UTF-8; it was read as Windows-1252 (save it as UTF-8 if names look wrong)',
    };
  }
}
