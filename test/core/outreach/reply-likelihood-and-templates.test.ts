import { describe, expect, it } from 'vitest';
import { PRIOR_REPLY_RATE, replyLikelihood } from '../../../src/core/outreach/reply-likelihood.ts';
import { renderTemplate, unfilledMessage } from '../../../src/core/outreach/render-template.ts';

describe('reply likelihood', () => {
  it.each([
    // rate, delay h, written, answered, likelihood
    [0.6, 0, 0, 0, 0.6],
    [0.6, 24, 0, 0, 0.45],
    [0.6, null, 0, 0, 0.45],
    [null, 0, 0, 0, PRIOR_REPLY_RATE],
    [0.6, 0, 4, 4, 0.8], // answered every brand thread: pulled up
    [0.6, 0, 4, 0, 0.3], // answered none: pulled down
    [0, 0, 0, 0, 0],
  ])('rate %s, delay %s h, %i written, %i answered: %f', (rate, delay, written, answered, expected) => {
    expect(
      replyLikelihood({
        replyRate: rate,
        medianReplyDelayHours: delay,
        threadsWritten: written,
        threadsAnswered: answered,
      }),
    ).toBeCloseTo(expected, 10);
  });
  it('orders a fast, answering creator first', () => {
    const fast = replyLikelihood({ replyRate: 0.4, medianReplyDelayHours: 2, threadsWritten: 0, threadsAnswered: 0 });
    const slow = replyLikelihood({ replyRate: 0.4, medianReplyDelayHours: 72, threadsWritten: 0, threadsAnswered: 0 });
    expect(fast).toBeGreaterThan(slow);
  });
});

describe('the template renderer', () => {
  it('fills every merge field', () => {
    expect(
      renderTemplate(
        'Hi {{first_name}} (@{{ handle }}), {{brand}} loves {{product}}: {{fee}} {{link}} {{code}} {{portal_link}} {{name}}',
        {
          first_name: 'Mia',
          handle: 'mia',
          brand: 'Glow',
          product: 'Serum',
          fee: '€200',
          link: 'https://g.test/l',
          code: 'MIA10',
          portal_link: 'https://p.test',
          name: 'Mia Rose',
        },
      ),
    ).toEqual({
      ok: true,
      text: 'Hi Mia (@mia), Glow loves Serum: €200 https://g.test/l MIA10 https://p.test Mia Rose',
    });
  });
  it('refuses an unfilled or unknown field and names it and the creator', () => {
    const r = renderTemplate('Hi {{first_name}}, code {{code}} {{nickname}}', { first_name: 'Mia', code: ' ' });
    expect(r).toEqual({ ok: false, missing: ['code'], unknown: ['nickname'] });
    if (r.ok) return;
    expect(unfilledMessage('instagram:mia', r)).toBe(
      'Email to instagram:mia not sent: no value for {{code}}; unknown field {{nickname}}',
    );
  });
});
