// Crawlers, link-preview fetchers and scripted clients: redirected by /r/<key> but never counted as
// clicks. One list, tested; an empty user agent counts as a bot.
const PATTERNS: readonly RegExp[] = [
  // Generic words most well-behaved robots carry.
  /bot\b|bot\/|crawl|spider|slurp|preview|scanner|fetcher|monitor/i,
  // Social and chat link previews.
  /facebookexternalhit|facebookcatalog|meta-externalagent|twitterbot|linkedinbot|slackbot|slack-imgproxy|discordbot|telegrambot|whatsapp|skypeuripreview|pinterest|redditbot|embedly|quora link preview|vkshare|iframely|mastodon|bitlybot|tumblr|flipboard|snapchat|line-poker|viber|signal/i,
  // Search engines and SEO tools.
  /googlebot|google-inspectiontool|adsbot-google|mediapartners-google|bingbot|bingpreview|duckduckbot|baiduspider|yandex|applebot|petalbot|sogou|exabot|ahrefs|semrush|mj12bot|dotbot|bytespider|gptbot|chatgpt-user|oai-searchbot|claudebot|anthropic-ai|perplexity|ccbot|amazonbot/i,
  // Headless browsers and HTTP libraries.
  /headlesschrome|phantomjs|puppeteer|playwright|python-requests|python-urllib|aiohttp|httpx|curl\/|wget\/|go-http-client|java\/|okhttp|node-fetch|undici|axios|libwww-perl|httpclient|postmanruntime|insomnia/i,
];

const MATCH = new RegExp(PATTERNS.map((p) => `(?:${p.source})`).join('|'), 'i');

// User agents repeat a lot (a few browser builds make most traffic): remember recent answers so the
// hot path matches each distinct user agent once. Bounded; reset when full.
const seen = new Map<string, boolean>();
const SEEN_MAX = 5_000;

export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  if (!userAgent) return true;
  const known = seen.get(userAgent);
  if (known !== undefined) return known;
  const ua = userAgent.trim();
  const bot = ua.length === 0 || MATCH.test(ua);
  if (seen.size >= SEEN_MAX) seen.clear();
  seen.set(userAgent, bot);
  return bot;
}
