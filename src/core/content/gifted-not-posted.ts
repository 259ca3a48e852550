// PRODUCT.md "Gifted-but-not-posted rate" = creators who received a gift and have no matched post within the due
// window / creators who received a gift. Until seeding exists, "received a gift" means the deal has gifted products
// and is past proposed (agreed, delivered or paid). Null (n/a) when nobody received a gift.
import { isAgreed, type DealStatus } from '../shared/deal-status.ts';

export interface GiftedCreator {
  giftedMinor: number;
  dealStatus: DealStatus;
  /** Matched posts that passed the window rule (in_window = pass). */
  postsInWindow: number;
}

export function giftedNotPostedRate(creators: GiftedCreator[]) {
  const gifted = creators.filter((c) => c.giftedMinor > 0 && isAgreed(c.dealStatus));
  const notPosted = gifted.filter((c) => c.postsInWindow === 0).length;
  return {
    gifted: gifted.length,
    not_posted: notPosted,
    rate: gifted.length === 0 ? null : Math.round((notPosted / gifted.length) * 10_000) / 10_000,
    definition:
      'creators who received a gift and have no matched post inside the due window / creators who received a gift; ' +
      '"received a gift" = the deal has gifted products and is agreed or later (no store seeding yet)',
  };
}
