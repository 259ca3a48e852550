// Audience match (PRODUCT.md): the share of a creator's audience inside the brief's target segment.
// Age × gender and country are separate distributions; when the brief asks for both, the shares are
// multiplied (they are assumed independent: the platforms do not publish the joint distribution).
import type { AudienceSummary } from '../vetting/audience-summary.ts';
import type { Brief } from './brief.ts';

export interface AudienceMatch {
  /** 0–1, or null when the creator lacks a distribution the brief needs. */
  value: number | null;
  source: 'verified' | 'estimated' | null;
  age_gender: number | null;
  country: number | null;
  sample_size: number | null;
  reason?: string;
}

export function audienceMatch(audience: AudienceSummary, target: NonNullable<Brief['audience']>): AudienceMatch {
  const wantsAgeGender = Boolean(target.age_bands || target.genders);
  const wantsCountry = Boolean(target.countries);
  const ageGender = audience.dimensions.age_gender;
  const country = audience.dimensions.country;
  const used = [wantsAgeGender ? ageGender : undefined, wantsCountry ? country : undefined].filter(
    (d) => d !== undefined,
  );
  const missing = [
    wantsAgeGender && !ageGender ? 'age × gender' : null,
    wantsCountry && !country ? 'country' : null,
  ].filter(Boolean);
  const ageGenderShare =
    wantsAgeGender && ageGender
      ? ageGender.segments
          .filter((s) => {
            const [age, gender] = s.key.split(':');
            return (
              (!target.age_bands || target.age_bands.includes(age as never)) &&
              (!target.genders || target.genders.includes(gender as never))
            );
          })
          .reduce((sum, s) => sum + s.share, 0)
      : null;
  const countryShare =
    wantsCountry && country
      ? country.segments
          .filter((s) => target.countries!.includes(s.key.toUpperCase()))
          .reduce((sum, s) => sum + s.share, 0)
      : null;
  const source = used.length === 0 ? null : used.every((d) => d!.source === 'verified') ? 'verified' : 'estimated';
  const sample = used.length === 0 ? null : Math.min(...used.map((d) => d!.sample_size ?? 0));
  if (missing.length > 0 || (!wantsAgeGender && !wantsCountry)) {
    return {
      value: null,
      source,
      age_gender: ageGenderShare,
      country: countryShare,
      sample_size: sample,
      reason: missing.length ? `no ${missing.join(' or ')} audience data` : 'the brief names no audience',
    };
  }
  const value = Math.min(1, (ageGenderShare ?? 1) * (countryShare ?? 1));
  return { value, source, age_gender: ageGenderShare, country: countryShare, sample_size: sample };
}
