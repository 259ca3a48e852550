import { describe, expect, it } from 'vitest';
import { couponSiteOf } from '../../../src/core/attribution/coupon-sites.ts';
import { isBotUserAgent } from '../../../src/core/tracking/bot-user-agents.ts';
import { buildDestination, readLandingUrl } from '../../../src/core/tracking/build-destination.ts';
import { hourBucket } from '../../../src/core/tracking/hour-bucket.ts';

const CHROME =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const IPHONE_INSTAGRAM =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 335.0.0.19.83 (iPhone14,5; iOS 17_5; en_GB; en-GB; scale=3.00; 1170x2532; 616437735)';

describe('bot and link-preview user agents are not counted', () => {
  it.each([
    ['empty', ''],
    ['Googlebot', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['Facebook preview', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'],
    ['Twitter card', 'Twitterbot/1.0'],
    ['Slack unfurl', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'],
    ['WhatsApp preview', 'WhatsApp/2.23.20.0'],
    ['Discord', 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)'],
    ['Telegram', 'TelegramBot (like TwitterBot)'],
    [
      'iMessage preview',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0',
    ],
    ['LinkedIn', 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)'],
    [
      'Headless Chrome',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
    ],
    ['curl', 'curl/8.5.0'],
    ['python-requests', 'python-requests/2.31.0'],
    [
      'GPTBot',
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)',
    ],
  ])('%s', (_label, ua) => expect(isBotUserAgent(ua)).toBe(true));

  it.each([
    ['desktop Chrome', CHROME],
    ['Instagram in-app browser', IPHONE_INSTAGRAM],
    ['Firefox', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'],
    [
      'Safari iPhone',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    ],
  ])('counts %s', (_label, ua) => expect(isBotUserAgent(ua)).toBe(false));
});

describe('redirect destination', () => {
  const utm = { utm_source: 'instagram', utm_medium: 'influencer', utm_campaign: 'ss26', utm_content: 'ana' };
  it('adds UTM and mr_cid, replacing what the destination set', () => {
    const url = new URL(buildDestination('https://shop.example/anklets?utm_source=old&colour=gold#top', utm, 'c123'));
    expect(Object.fromEntries(url.searchParams)).toEqual({ ...utm, colour: 'gold', mr_cid: 'c123' });
    expect(url.hash).toBe('#top');
  });
  it.each([
    [
      'https://shop.example/?mr_cid=abc&utm_content=ana&utm_campaign=ss26',
      { clickId: 'abc', utmContent: 'ana', utmCampaign: 'ss26' },
    ],
    ['/products/x?mr_cid=zz', { clickId: 'zz', utmContent: null, utmCampaign: null }],
    ['http://www.example.com?source=abc', { clickId: null, utmContent: null, utmCampaign: null }],
    [null, { clickId: null, utmContent: null, utmCampaign: null }],
  ])('reads the landing URL %s', (landing, expected) => expect(readLandingUrl(landing)).toEqual(expected));
  it('buckets clicks by UTC hour', () => {
    expect(hourBucket(new Date('2026-03-02T14:59:59.999Z'))).toBe('2026-03-02T14');
    expect(hourBucket(new Date('2026-03-02T15:00:00.000Z'))).toBe('2026-03-02T15');
  });
});

describe('coupon sites', () => {
  it.each([
    ['https://www.retailmenot.com/view/shop.example', 'retailmenot.com'],
    ['https://uk.hotukdeals.com/vouchers/shop', 'hotukdeals.com'],
    ['couponfollow.com', 'couponfollow.com'],
    ['https://notretailmenot.com/', undefined],
    ['https://www.instagram.com/', undefined],
    [null, undefined],
  ])('%s → %s', (referrer, site) => expect(couponSiteOf(referrer)).toBe(site));
});
