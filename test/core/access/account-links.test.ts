import { describe, expect, it } from 'vitest';
import { accountUrl, isPictureUrlAllowed, sniffImageType } from '../../../src/core/shared/account-links.ts';

describe('account links and picture hosts', () => {
  it.each([
    ['instagram', 'zoe.walks', 'https://www.instagram.com/zoe.walks/'],
    ['tiktok', 'zoe', 'https://www.tiktok.com/@zoe'],
    ['youtube', 'zoewalks', 'https://www.youtube.com/@zoewalks'],
    ['youtube', 'UC_x5XG1OV2P6uZZ5FSM9Ttw', 'https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw'],
  ] as const)('%s %s → %s', (platform, handle, url) => expect(accountUrl(platform, handle)).toBe(url));

  it.each([
    ['https://scontent-lhr8-1.cdninstagram.com/v/t51/p.jpg?x=1', true],
    ['https://yt3.ggpht.com/abc=s88', true],
    ['https://i.ytimg.com/vi/x/default.jpg', true],
    ['http://scontent.cdninstagram.com/p.jpg', false],
    ['https://cdninstagram.com.evil.test/p.jpg', false],
    ['https://evilcdninstagram.com/p.jpg', false],
    ['https://user:pw@scontent.cdninstagram.com/p.jpg', false],
    ['https://scontent.cdninstagram.com:8443/p.jpg', false],
    ['https://169.254.169.254/latest/meta-data', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s allowed: %s', (url, allowed) => expect(isPictureUrlAllowed(url)).toBe(allowed));

  it('serves only real images, by their bytes', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from('\x89PNG\r\n', 'latin1'))).toBe('image/png');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WEBP', 'latin1'))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('<svg onload=alert(1)>'))).toBeNull();
  });
});
