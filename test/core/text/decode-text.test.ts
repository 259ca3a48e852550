import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/text/decode-text.ts';

describe('decodeText', () => {
  it('strips a UTF-8 byte order mark from bytes and from strings', () => {
    expect(decodeText(Buffer.from('\uFEFFrank,handle', 'utf8'))).toEqual({ text: 'rank,handle' });
    expect(decodeText('\uFEFFrank,handle')).toEqual({ text: 'rank,handle' });
  });

  it('reads UTF-16 with a byte order mark', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë', 'utf16le')])).text).toBe('Zoë');
  });

  it('falls back to Windows-1252 with a warning when the bytes are not UTF-8', () => {
    const decoded = decodeText(Buffer.from([0x5a, 0x6f, 0xeb]));
    expect(decoded.text).toBe('Zoë');
    expect(decoded.warning).toMatch(/Windows-1252/);
  });
});
