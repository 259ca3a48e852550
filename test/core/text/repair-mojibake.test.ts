import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/core/text/repair-mojibake.ts';

describe('repairMojibake', () => {
  it.each([
    ["CÃ´te d'Ivoire", "Côte d'Ivoire"],
    ['dâ€™amelio (Windows-1252 quote)', 'd’amelio'],
    ['SÃ£o Paulo', 'São Paulo'],
    ['Ã‰mile', 'Émile'],
    ['Ça va (genuine Latin-1 stays)', 'Ça va'],
    ['Côte d’Ivoire (already right)', 'Côte d’Ivoire'],
    ['김우빈', '김우빈'],
    ['plain', 'plain'],
  ])('%s → %s', (input, expected) => {
    expect(repairMojibake(input.replace(/ \(.*\)$/, ''))).toBe(expected);
  });
});
