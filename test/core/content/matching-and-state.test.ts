import { describe, expect, it } from 'vitest';
import { deliverableSchema, dealTermsSchema } from '../../../src/core/content/deal-terms.ts';
import { defaultTerms } from '../../../src/core/content/default-terms.ts';
import { deliverableState } from '../../../src/core/content/deliverable-status.ts';
import { giftedNotPostedRate } from '../../../src/core/content/gifted-not-posted.ts';
import { isCampaignPost } from '../../../src/core/content/is-campaign-post.ts';
import { matchDeliverable } from '../../../src/core/content/match-deliverable.ts';
import { termsState } from '../../../src/core/portal/terms-state.ts';

const reel = deliverableSchema.parse({ type: 'reel', count: 1 });
const stories = deliverableSchema.parse({ type: 'story', count: 2, hashtags: ['#soleasummer'] });

describe('matching a post to a deliverable', () => {
  it.each([
    ['a post fills the open reel', [0, 0], 'post', null, 0],
    ['a story fills the stories', [0, 0], 'story', null, 1],
    ['a third story still counts for the stories', [1, 2], 'story', null, 1],
    ['the one named wins', [0, 0], 'post', 1, 1],
    ['a number beyond the terms matches nothing', [0, 0], 'post', 5, null],
  ] as const)('%s', (_case, posted, kind, requested, expected) => {
    expect(matchDeliverable([reel, stories], [...posted], { kind, requested })).toBe(expected);
  });
  it('matches nothing when no deliverable is of that kind and there are several', () => {
    expect(matchDeliverable([stories, stories], [0, 0], { kind: 'post', requested: null })).toBeNull();
  });
});

describe('deliverable state', () => {
  it.each([
    ['nothing posted, due date ahead', [], '2030-06-30', 'due'],
    ['nothing posted, the day after the due date', [], '2030-06-29', 'late'],
    ['posted and unknown counts as posted', ['unknown'], '2030-06-29', 'posted'],
    ['any failing post makes it failing', ['pass', 'fail'], null, 'failing'],
  ] as const)('%s → %s', (_case, outcomes, dueOn, state) => {
    expect(deliverableState(reel, dueOn, [...outcomes], '2030-06-30T12:00:00Z')).toBe(state);
  });
});

describe('gifted-but-not-posted rate', () => {
  it('counts gifted deals from agreed on; n/a without any', () => {
    expect(
      giftedNotPostedRate([
        { giftedMinor: 4_500, dealStatus: 'agreed', postsInWindow: 0 },
        { giftedMinor: 4_500, dealStatus: 'delivered', postsInWindow: 2 },
        { giftedMinor: 4_500, dealStatus: 'proposed', postsInWindow: 0 },
        { giftedMinor: 0, dealStatus: 'agreed', postsInWindow: 0 },
      ]),
    ).toMatchObject({ gifted: 2, not_posted: 1, rate: 0.5 });
    expect(giftedNotPostedRate([]).rate).toBeNull();
  });
});

describe('which platform posts belong to the campaign', () => {
  const ctx = {
    terms: dealTermsSchema.parse({ deliverables: [{ type: 'reel', brand_handles: ['@solea'] }] }),
    code: 'ANA15',
    linkKey: 'ana-summer',
    startsOn: '2030-06-01',
    endsOn: '2030-06-30',
  };
  it.each([
    ['names the brand', 'Summer with @Solea', null, true],
    ['carries her code', 'code ana15 at checkout', null, true],
    ['carries her link', 'shop: mr.example/r/ana-summer', null, true],
    ['has the paid-partnership label', 'nothing else', true, true],
    ['is her own post', 'my breakfast', null, false],
  ] as const)('%s → %s', (_case, caption, paid, expected) => {
    expect(isCampaignPost({ caption, postedAt: '2030-06-10T10:00:00Z', isPaidPartnership: paid }, ctx)).toBe(expected);
  });
  it('ignores posts outside the campaign dates', () => {
    expect(isCampaignPost({ caption: '@solea', postedAt: '2030-07-01T00:00:00Z', isPaidPartnership: true }, ctx)).toBe(
      false,
    );
  });
});

describe('defaults and terms state', () => {
  it('reads deliverable labels', () => {
    expect(
      defaultTerms(['2 stories', '1 reel', 'YouTube video', 'post']).deliverables.map((d) => [d.type, d.count]),
    ).toEqual([
      ['story', 2],
      ['reel', 1],
      ['video', 1],
      ['feed_post', 1],
    ]);
  });
  it('is accepted only while the accepted text is the current one', () => {
    const now = { sha256: 'a', text: 'Agreement between Solea and Ana\nFee: EUR 300.00' };
    const accepted = [{ id: 1, kind: 'accepted' as const, terms_sha256: 'a' }];
    expect(termsState(accepted, now)).toBe('accepted');
    expect(termsState(accepted, { ...now, sha256: 'b' })).toBe('open');
    expect(termsState([{ id: 1, kind: 'proposed', terms_sha256: 'a' }], now)).toBe('proposal_pending');
    expect(termsState([], now)).toBe('open');
  });
  it('keeps an acceptance that named her by her reference (before issue 14), not one of other terms', () => {
    const now = { sha256: 'new', text: 'Agreement between Solea and Ana\nFee: EUR 300.00' };
    const accepted = (text: string) => [{ id: 1, kind: 'accepted' as const, terms_sha256: 'old', terms_text: text }];
    expect(termsState(accepted('Agreement between Solea and instagram:ana\nFee: EUR 300.00'), now)).toBe('accepted');
    expect(termsState(accepted('Agreement between Solea and instagram:ana\nFee: EUR 200.00'), now)).toBe('open');
    expect(termsState(accepted('no line break'), { sha256: 'new', text: 'no line break either' })).toBe('open');
  });
});
