import { describe, expect, it } from 'vitest';
import { attributeOrder } from '../../../src/core/attribution/attribute-order.ts';
import type { AttributionInput, CampaignRules, ClickCandidate } from '../../../src/core/attribution/types.ts';

// Two creators (enrollments 1 and 2) in campaign 10 (30 days, last click); creator 3 in campaign 20 (7 days, first click).
const campaigns = new Map<number, CampaignRules>([
  [10, { campaignId: 10, windowDays: 30, model: 'last_click' }],
  [20, { campaignId: 20, windowDays: 7, model: 'first_click' }],
  [30, { campaignId: 30, windowDays: 30, model: 'first_click' }],
]);
const ORDER_AT = '2026-04-30T12:00:00.000Z';
const daysBefore = (d: number, extraMs = 0) => new Date(Date.parse(ORDER_AT) - d * 86_400_000 - extraMs).toISOString();
const click = (enrollmentId: number, at: string | null, over: Partial<ClickCandidate> = {}): ClickCandidate => ({
  clickId: `c${enrollmentId}-${at}`,
  linkKey: `link${enrollmentId}`,
  enrollmentId,
  campaignId: enrollmentId === 3 ? 20 : enrollmentId >= 4 ? 30 : 10,
  clickedAt: at,
  referrer: null,
  via: 'landing_url',
  ...over,
});
type Over = Partial<Omit<AttributionInput, 'order'>> & { order?: Partial<AttributionInput['order']> };
const input = (over: Over = {}): AttributionInput => ({
  priorAttributions: [],
  codeMatches: [],
  clicks: [],
  campaigns,
  selfIdentity: new Map([[1, { emailHashes: ['creator1-email'], addressHashes: ['creator1-home'] }]]),
  ...over,
  order: {
    placedAt: ORDER_AT,
    codes: [],
    referrer: null,
    emailHash: 'cust',
    addressHash: 'cust-home',
    hasEarlierOrders: false,
    ...over.order,
  },
});

describe('attribution rules, first that applies wins', () => {
  it.each([
    ['nothing at all → unattributed', input(), 'unattributed', null],
    [
      'a code → its creator',
      input({ codeMatches: [{ code: 'ana10', enrollmentId: 1, campaignId: 10 }], clicks: [click(1, daysBefore(1))] }),
      'discount_code',
      1,
    ],
    [
      'code beats click (code of 1, click of 2)',
      input({ codeMatches: [{ code: 'ana10', enrollmentId: 1, campaignId: 10 }], clicks: [click(2, daysBefore(1))] }),
      'discount_code',
      1,
    ],
    ['a click in the window', input({ clicks: [click(2, daysBefore(3))] }), 'click', 2],
    [
      'last click by default (1 then 2)',
      input({ clicks: [click(1, daysBefore(5)), click(2, daysBefore(2))] }),
      'click',
      2,
    ],
    [
      'first click when the campaign says so (4 then 5)',
      input({ clicks: [click(4, daysBefore(5)), click(5, daysBefore(2))] }),
      'click',
      4,
    ],
    ['window edge: exactly 30 days counts', input({ clicks: [click(1, daysBefore(30))] }), 'click', 1],
    ['window edge: 30 days + 1 ms does not', input({ clicks: [click(1, daysBefore(30, 1))] }), 'unattributed', null],
    ['7-day campaign: 8 days is outside', input({ clicks: [click(3, daysBefore(8))] }), 'unattributed', null],
    [
      'a click after the order does not count',
      input({ clicks: [click(1, '2026-05-01T00:00:00.000Z')] }),
      'unattributed',
      null,
    ],
    [
      'an old out-of-window click loses to an in-window one',
      input({ clicks: [click(1, daysBefore(40)), click(2, daysBefore(10))] }),
      'click',
      2,
    ],
    [
      'a UTM-only landing counts at the order time',
      input({ clicks: [click(2, null, { clickId: null, via: 'utm' })] }),
      'click',
      2,
    ],
    [
      'known customer beats a new code (repeat purchase)',
      input({
        priorAttributions: [{ orderId: 7, enrollmentId: 2, campaignId: 10, placedAt: daysBefore(12) }],
        codeMatches: [{ code: 'ana10', enrollmentId: 1, campaignId: 10 }],
      }),
      'known_customer',
      2,
    ],
    [
      'known customer only within the window',
      input({
        priorAttributions: [{ orderId: 7, enrollmentId: 2, campaignId: 10, placedAt: daysBefore(31) }],
        clicks: [click(1, daysBefore(1))],
      }),
      'click',
      1,
    ],
  ])('%s', (_label, given, rule, enrollmentId) => {
    const r = attributeOrder(given);
    expect(r.rule).toBe(rule);
    expect(r.enrollmentId).toBe(enrollmentId);
    expect(r.evidence.rule).toBe(rule);
  });

  it('records the evidence of a click: id, times, window, model and every candidate considered', () => {
    const r = attributeOrder(
      input({
        clicks: [
          click(1, daysBefore(40)),
          click(1, daysBefore(5)),
          click(2, daysBefore(2)),
          click(2, '2026-05-02T00:00:00.000Z'),
        ],
      }),
    );
    expect(r.evidence).toMatchObject({
      rule: 'click',
      click_id: `c2-${daysBefore(2)}`,
      click_at: daysBefore(2),
      order_at: ORDER_AT,
      window_days: 30,
      model: 'last_click',
      via: 'landing_url',
    });
    expect((r.evidence.candidates as { considered: string }[]).map((c) => c.considered)).toEqual([
      'outside_window',
      'in_window',
      'in_window',
      'after_order',
    ]);
  });

  it('marks repeat purchases and new vs returning customers', () => {
    const repeat = attributeOrder(
      input({
        order: { hasEarlierOrders: true },
        priorAttributions: [{ orderId: 7, enrollmentId: 2, campaignId: 10, placedAt: daysBefore(3) }],
      }),
    );
    expect(repeat).toMatchObject({ isRepeat: true, isNewCustomer: false, evidence: { first_order_id: 7 } });
    const first = attributeOrder(input({ clicks: [click(1, daysBefore(1))] }));
    expect(first).toMatchObject({ isRepeat: false, isNewCustomer: true });
    expect(attributeOrder(input({ order: { hasEarlierOrders: null } })).isNewCustomer).toBeNull();
  });
});

describe('flags', () => {
  const code1 = [{ code: 'ana10', enrollmentId: 1, campaignId: 10 }];
  it.each([
    [
      'self-referral by email',
      input({ order: { emailHash: 'creator1-email' }, clicks: [click(1, daysBefore(1))] }),
      ['self_referral'],
    ],
    [
      'self-referral by address',
      input({ order: { addressHash: 'creator1-home' }, clicks: [click(1, daysBefore(1))] }),
      ['self_referral'],
    ],
    [
      'coupon site: coupon-site referrer',
      input({
        order: { referrer: 'https://www.retailmenot.com/view/shop' },
        codeMatches: code1,
        clicks: [click(1, daysBefore(1))],
      }),
      ['coupon_site'],
    ],
    // A code typed after seeing a story, with no click, is normal (the code-leak rule is per creator, in the report).
    [
      'no flag: code with no click from that creator',
      input({ codeMatches: code1, clicks: [click(2, daysBefore(1))] }),
      [],
    ],
    [
      "no flag: the creator's click is outside the window",
      input({ codeMatches: code1, clicks: [click(1, daysBefore(31))] }),
      [],
    ],
    ['no flag: a test buyer who clicked the link and has no click id on the order', input({ codeMatches: code1 }), []],
    [
      'no flag: code with a click from the same creator',
      input({ codeMatches: code1, clicks: [click(1, daysBefore(1))] }),
      [],
    ],
    ['no flag on a click-only order from another customer', input({ clicks: [click(1, daysBefore(1))] }), []],
    [
      'both: the creator used their own leaked code',
      input({
        order: { emailHash: 'creator1-email', referrer: 'https://couponfollow.com/site/shop' },
        codeMatches: code1,
      }),
      ['self_referral', 'coupon_site'],
    ],
  ])('%s', (_label, given, kinds) => {
    expect(attributeOrder(given).flags.map((f) => f.kind)).toEqual(kinds);
  });
});
