// How demo creators disclose a paid post, per language. `{brand}` is the sponsor's handle.
// Markers follow PRODUCT.md ("Sponsored post"): #ad, #sponsored, #paid, "paid partnership",
// "in partnership with", "gifted", and the local #anzeige, #werbung, #publicidad, #publi,
// #parceria…. Organic captions never contain any of these words.
import type { Language } from './languages.ts';

export const DISCLOSURES: Record<Language, readonly string[]> = {
  en: [
    '#ad',
    '#sponsored',
    '#paid',
    '#gifted',
    'Paid partnership with @{brand}',
    'In partnership with @{brand}',
    'Gifted by @{brand}',
    'AD | @{brand}',
    '#ad @{brand}',
  ],
  de: [
    '#anzeige',
    '#werbung',
    'Anzeige | @{brand}',
    'Werbung für @{brand}',
    'In Kooperation mit @{brand} #werbung',
    '#anzeige @{brand}',
  ],
  es: [
    '#publicidad',
    '#publi',
    '#patrocinado',
    'Publicidad | @{brand}',
    'En colaboración con @{brand} #publi',
    '#publi @{brand}',
  ],
  fr: [
    '#sponsorisé',
    '#partenariat',
    '#publicité',
    'Collaboration commerciale avec @{brand}',
    'En partenariat avec @{brand}',
    '#partenariat @{brand}',
  ],
  pt: [
    '#publi',
    '#parceria',
    '#publicidade',
    'Publi | @{brand}',
    'Em parceria com @{brand} #parceria',
    '#publi @{brand}',
  ],
};

/**
 * Patterns that recognise every marker above (for the generator's own tests and as a reference
 * for the vetting code's list; it does not replace it). Case-insensitive, on whole words.
 */
export const DISCLOSURE_PATTERNS: readonly RegExp[] = [
  /#(ad|sponsored|paid|gifted|anzeige|werbung|publicidad|publi|patrocinado|sponsoris[ée]|partenariat|publicit[ée]|parceria|publicidade)(?![\p{L}\p{N}_])/iu,
  /\b(paid partnership|in partnership with|gifted|anzeige|werbung|publicidad|publi|collaboration commerciale|en partenariat avec|em parceria com|en colaboraci[oó]n con|in kooperation mit|ad \|)(?![\p{L}\p{N}_])/iu,
];

/** True when a caption carries one of the demo's disclosure markers. */
export const hasDisclosure = (caption: string | null | undefined): boolean =>
  !!caption && DISCLOSURE_PATTERNS.some((p) => p.test(caption));
