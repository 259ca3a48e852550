import { describe, expect, it } from 'vitest';
import { parsePlatform } from '../../../src/core/creators/parse-platform.ts';

describe('parsePlatform', () => {
  it.each([
    ['instagram', 'instagram'],
    ['Instagram', 'instagram'],
    ['IG', 'instagram'],
    ['TikTok', 'tiktok'],
    ['Tik Tok', 'tiktok'],
    ['YouTube', 'youtube'],
    ['yt', 'youtube'],
    ['snapchat', undefined],
    ['', undefined],
  ])('%j → %j', (text, expected) => {
    expect(parsePlatform(text)).toBe(expected);
  });
});
