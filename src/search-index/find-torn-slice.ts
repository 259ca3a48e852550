// A restored index is only as good as its bytes: a row whose slice (its terms, brands, niches,
// countries, name or age × gender cells) runs past the values it points into would score (or show)
// another row's data. Checked once at load (one pass over six small columns), so a damaged snapshot is rebuilt
// from the database instead of answering wrongly.
import { AGE_GENDER_CELLS, type DiscoveryIndex } from './discovery-index.ts';

/** The first slice column with a row out of bounds, with that row; null when every row is whole. */
export function findTornSlice(index: DiscoveryIndex): string | null {
  const slices = [
    ['terms', index.termStart, index.termCount, index.termIds.length],
    ['brands', index.brandStart, index.brandCount, index.brandIds.length],
    ['niches', index.nicheStart, index.nicheCount, index.nicheIds.length],
    ['countries', index.countryStart, index.countryCount, index.countryIds.length],
  ] as const;
  for (const [name, start, count, values] of slices)
    for (let row = 0; row < index.rows; row++)
      if (start.data[row]! + count.data[row]! > values) return `${name} of row ${row}`;
  for (let row = 0; row < index.rows; row++) {
    const length = index.nameLength.data[row]!; // −1: no name
    if (length >= 0 && index.nameStart.data[row]! + length > index.nameBytes.length) return `name of row ${row}`;
  }
  const cells = AGE_GENDER_CELLS.length;
  for (let row = 0; row < index.rows; row++) {
    const start = index.ageGenderStart.data[row]!; // −1: no age × gender data
    if (start >= 0 && start + cells > index.ageGender.length) return `age × gender of row ${row}`;
  }
  return null;
}
