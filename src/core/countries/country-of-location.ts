// A creator's location as exports write it ("Austin, Texas, United States", "Paris, France", "UK")
// → the country. The country is usually the last part, sometimes the first.
import { countryCode } from './country-code.ts';

export type LocationCountry =
  /** A recognised country (ISO 3166-1 alpha-2). */
  | { kind: 'code'; code: string }
  /** One unrecognised name: kept as written (it may still be a country). */
  | { kind: 'as_written'; text: string }
  /** Several parts and none a country ("Austin, Texas"): a place we have nowhere to keep. */
  | { kind: 'none' };

export function countryOfLocation(text: string): LocationCountry {
  const whole = text.trim();
  const code = countryCode(whole);
  if (code) return { kind: 'code', code };
  const parts = whole
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return { kind: 'as_written', text: whole };
  for (const part of [...parts].reverse()) {
    const found = countryCode(part);
    if (found) return { kind: 'code', code: found };
  }
  return { kind: 'none' };
}
