// Text that was UTF-8 but went through a Latin-1 / Windows-1252 reader ("CÃ´te d'Ivoire", "dâ€™amelio")
// is turned back into what was meant. The repair is applied only when the whole string, read back
// as bytes, is valid UTF-8; genuine Latin-1 text ("Ça va") never is, so it is left alone.

// Windows-1252 puts printable characters where Latin-1 has C1 controls (0x80–0x9F).
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

// A UTF-8 lead byte (Â..ô) followed by something that reads as a continuation byte.
const LOOKS_MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text with UTF-8-read-as-Latin-1 damage undone, or the text unchanged when it is not damaged. */
export function repairMojibake(text: string): string {
  if (!LOOKS_MOJIBAKE.test(text)) return text;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const byte = code <= 0xff ? code : CP1252[ch];
    if (byte === undefined) return text;
    bytes.push(byte);
  }
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return text;
  }
}
