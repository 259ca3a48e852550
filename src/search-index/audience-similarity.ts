// Lookalike mode: how close a row's audience is to the seeds' mean audience.
import type { CompiledBrief } from './compile-brief.ts';
import type { ScanIndex } from './scan-index.ts';

/** Lookalikes: cosine similarity of the row's audience to the seeds' mean (age × gender, countries; product of those known). */
export function audienceSimilarity(
  index: ScanIndex,
  seed: NonNullable<CompiledBrief['similarTo']>,
  row: number,
): number {
  let similarity = 1;
  let compared = 0;
  const start = index.ageGenderStart.data[row]!;
  if (seed.ageGender && start >= 0) {
    let dot = 0;
    let a = 0;
    let b = 0;
    for (let c = 0; c < seed.ageGender.length; c++) {
      const x = index.ageGender.data[start + c]!;
      const y = seed.ageGender[c]!;
      dot += x * y;
      a += x * x;
      b += y * y;
    }
    similarity *= a > 0 && b > 0 ? dot / Math.sqrt(a * b) : 0;
    compared += 1;
  }
  if (seed.countries && index.countrySource.data[row] !== 0) {
    let dot = 0;
    let a = 0;
    let b = 0;
    for (const share of seed.countries.values()) b += share * share;
    const cStart = index.countryStart.data[row]!;
    for (let i = 0; i < index.countryCount.data[row]!; i++) {
      const share = index.countryShares.data[cStart + i]!;
      dot += share * (seed.countries.get(index.countryIds.data[cStart + i]!) ?? 0);
      a += share * share;
    }
    similarity *= a > 0 && b > 0 ? dot / Math.sqrt(a * b) : 0;
    compared += 1;
  }
  return compared === 0 ? 0 : similarity;
}
