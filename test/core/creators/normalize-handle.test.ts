import { describe, expect, it } from 'vitest';
import { normalizeHandle } from '../../../src/core/creators/normalize-handle.ts';

describe('normalizeHandle', () => {
  it.each([
    ['instagram', '@Ana.Feet', 'ana.feet'],
    ['instagram', ' https://www.instagram.com/ana_feet/?hl=en ', 'ana_feet'],
    ['instagram', '433', '433'],
    ['instagram', 'Leo Messi', undefined],
    ['instagram', 'a'.repeat(31), undefined],
    ['tiktok', 'https://www.tiktok.com/@khaby.lame', 'khaby.lame'],
    ['youtube', '@GoogleDevelopers', 'googledevelopers'],
    ['youtube', 'https://www.youtube.com/@google', 'google'],
    ['youtube', 'UC_x5XG1OV2P6uZZ5FSM9Ttw', 'UC_x5XG1OV2P6uZZ5FSM9Ttw'],
    ['youtube', 'https://youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw', 'UC_x5XG1OV2P6uZZ5FSM9Ttw'],
    ['youtube', 'Baby Big Mouth Kids - Sing, Dance, Explore', undefined],
  ] as const)('%s %j → %j', (platform, raw, expected) => {
    expect(normalizeHandle(platform, raw)).toBe(expected);
  });
});
