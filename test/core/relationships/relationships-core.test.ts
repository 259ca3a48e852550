import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionedEmails } from '../../../src/core/relationships/mentions.ts';
import { checkStage, DEFAULT_STAGES, stageListSchema } from '../../../src/core/relationships/stages.ts';
import { mergeTimeline, type TimelineEntry } from '../../../src/core/relationships/timeline.ts';

describe('mentionedEmails', () => {
  it.each([
    ['ask @bo@acme.com about it', ['bo@acme.com']],
    ['@Bo@Acme.com. and (@ana@acme.com)', ['bo@acme.com', 'ana@acme.com']],
    ['write to ana@acme.com, not a mention', []],
    ['@bo@acme.com twice @bo@acme.com', ['bo@acme.com']],
    ['@nobody and @ and @x@y', []],
    ['**@bo@acme.com** in bold', ['bo@acme.com']],
  ])('%j → %j', (text, expected) => expect(mentionedEmails(text)).toEqual(expected));

  it('never throws and only returns addresses that appear in the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const email of mentionedEmails(text)) expect(text.toLowerCase()).toContain(email);
      }),
    );
  });
});

describe('checkStage', () => {
  it.each([
    [DEFAULT_STAGES, 'contacted', 'contacted'],
    [DEFAULT_STAGES, 'Product sent', 'product_sent'],
    [DEFAULT_STAGES, 'content-live', 'content_live'],
    [['lead', 'won'], 'won', 'won'],
  ])('%j accepts %j as %j', (stages, input, key) => expect(checkStage(stages, input)).toBe(key));

  it.each([
    [DEFAULT_STAGES, 'paid'],
    [['lead', 'won'], 'contacted'],
  ])('%j refuses %j naming the field and the stages', (stages, input) => {
    expect(() => checkStage(stages, input)).toThrow(
      expect.objectContaining({
        code: 'validation_failed',
        details: [expect.objectContaining({ path: 'stage' })],
      }),
    );
  });

  it.each([
    [['lead', 'won'], true],
    [['lead', 'lead'], false],
    [[], false],
    [['Has space'], false],
  ])('stage list %j valid: %j', (stages, valid) => expect(stageListSchema.safeParse(stages).success).toBe(valid));
});

describe('mergeTimeline', () => {
  const e = (at: string, kind: TimelineEntry['kind']): TimelineEntry => ({
    at,
    kind,
    actor_user_id: null,
    details: {},
  });
  it('orders newest first across sources, later-stored first at equal times', () => {
    const merged = mergeTimeline(
      [e('2026-01-01', 'relationship_started'), e('2026-01-03', 'stage_changed')],
      [e('2026-01-02', 'campaign_enrolled'), e('2026-01-03', 'order_attributed')],
    );
    expect(merged.map((x) => x.kind)).toEqual([
      'order_attributed',
      'stage_changed',
      'campaign_enrolled',
      'relationship_started',
    ]);
  });
});
