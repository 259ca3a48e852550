import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from '../../src/search-index/top-k.ts';

describe('TopK', () => {
  it('keeps the k best by score desc then id asc (property, against a full sort)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 20 }), id: fc.integer({ min: 1, max: 10_000 }) }), {
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 50 }),
        (items, k) => {
          const unique = [...new Map(items.map((x) => [x.id, x])).values()];
          const heap = new TopK(k);
          unique.forEach((x, row) => heap.offer(x.score, x.id, row));
          const expected = [...unique]
            .sort((a, b) => b.score - a.score || a.id - b.id)
            .slice(0, k)
            .map((x) => x.id);
          expect(heap.sorted().map((x) => x.id)).toEqual(expected);
        },
      ),
    );
  });
});
