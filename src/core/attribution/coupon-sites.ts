// Coupon and deal aggregator sites: an order whose referrer is one of these, used with a creator's
// code, has the code leaked. One list, matched on the host and its parent domains.
export const COUPON_SITES: readonly string[] = [
  'retailmenot.com',
  'retailmenot.ca',
  'joinhoney.com',
  'couponfollow.com',
  'coupons.com',
  'couponcabin.com',
  'couponbirds.com',
  'dealspotr.com',
  'knoji.com',
  'wethrift.com',
  'slickdeals.net',
  'groupon.com',
  'savings.com',
  'offers.com',
  'promocodes.com',
  'dontpayfull.com',
  'hotdeals.com',
  'coupert.com',
  'karmanow.com',
  'capitaloneshopping.com',
  'rakuten.com',
  'vouchercodes.co.uk',
  'myvouchercodes.co.uk',
  'vouchercloud.com',
  'hotukdeals.com',
  'latestdeals.co.uk',
  'discountcode.co.uk',
  'topcashback.co.uk',
  'quidco.com',
  'mydealz.de',
  'sparwelt.de',
  'gutscheine.de',
  'cuponation.com',
  'picodi.com',
  'promocode.ie',
  'ozbargain.com.au',
];

/** The coupon site a referrer URL belongs to, or undefined. */
export function couponSiteOf(referrer: string | null | undefined): string | undefined {
  if (!referrer) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//i.test(referrer) ? referrer : `https://${referrer}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return COUPON_SITES.find((site) => host === site || host.endsWith(`.${site}`));
}

/** Landing URL parameters in which stores and affiliate networks name the site that sent the visitor. */
const SOURCE_PARAMS = ['utm_source', 'ref', 'source', 'aff', 'affiliate', 'referrer'];

/**
 * The coupon site a landing URL names: a coupon site as the landing page's own host, or in a source
 * parameter (`utm_source=retailmenot`, `ref=www.couponfollow.com`); undefined when none does.
 */
export function couponSiteInLanding(landingUrl: string | null | undefined): string | undefined {
  if (!landingUrl) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(landingUrl) ? landingUrl : `https://${landingUrl}`);
  } catch {
    return undefined;
  }
  const byHost = couponSiteOf(url.href);
  if (byHost) return byHost;
  for (const name of SOURCE_PARAMS) {
    const value = url.searchParams.get(name)?.trim().toLowerCase();
    if (!value) continue;
    const site =
      couponSiteOf(value) ??
      // A bare name ("retailmenot", "RetailMeNot") stands for the site whose domain starts with it.
      COUPON_SITES.find((s) => s.slice(0, s.indexOf('.')) === value.replace(/[^a-z0-9]/g, ''));
    if (site) return site;
  }
  return undefined;
}
