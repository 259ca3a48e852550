// Country names as exports write them → ISO 3166-1 alpha-2. The name table comes from the runtime's
// CLDR data (Intl.DisplayNames) in a few languages, plus the aliases people actually type.
import { repairMojibake } from '../text/repair-mojibake.ts';

// Codes Intl knows that are not (or no longer) ISO 3166-1 country codes; several share a name with a
// current code (SU → "Russia"), so they must not enter the table.
const NOT_ISO = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '),
);

const ALIASES: Record<string, string> = {
  usa: 'US',
  'u s': 'US',
  'u s a': 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  korea: 'KR',
  'republic of korea': 'KR',
  'korea republic of': 'KR',
  'korea south': 'KR',
  'korea north': 'KP',
  dprk: 'KP',
  russia: 'RU',
  'russian federation': 'RU',
  turkey: 'TR',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  'cabo verde': 'CV',
  swaziland: 'SZ',
  burma: 'MM',
  'east timor': 'TL',
  macau: 'MO',
  'viet nam': 'VN',
  'democratic republic of the congo': 'CD',
  'dr congo': 'CD',
  drc: 'CD',
  'republic of the congo': 'CG',
  congo: 'CG',
  uae: 'AE',
  ksa: 'SA',
  holland: 'NL',
  vatican: 'VA',
  'holy see': 'VA',
  palestine: 'PS',
  'state of palestine': 'PS',
  'iran islamic republic of': 'IR',
  'bolivia plurinational state of': 'BO',
  'venezuela bolivarian republic of': 'VE',
  'united republic of tanzania': 'TZ',
  'lao pdr': 'LA',
  'syrian arab republic': 'SY',
  'republic of moldova': 'MD',
  'north macedonia': 'MK',
  macedonia: 'MK',
  'hong kong': 'HK',
  taiwan: 'TW',
};

/** Comparison form of a country name: no accents, apostrophes or punctuation, "&" as "and", "St." as "saint". */
function countryKey(name: string): string {
  return repairMojibake(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\bst\b/g, 'saint');
}

const table = buildTable();

function buildTable(): Map<string, string> {
  const names = new Map<string, string>();
  const codes: string[] = [];
  for (let a = 65; a <= 90; a += 1) for (let b = 65; b <= 90; b += 1) codes.push(String.fromCharCode(a, b));
  for (const locale of ['en', 'es', 'fr', 'de', 'pt', 'it']) {
    for (const style of ['long', 'short'] as const) {
      const display = new Intl.DisplayNames([locale], { type: 'region', style });
      for (const code of codes) {
        if (NOT_ISO.has(code)) continue;
        const name = display.of(code);
        if (!name || name === code) continue;
        const key = countryKey(name);
        if (key && !names.has(key)) names.set(key, code);
      }
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) names.set(countryKey(alias), code);
  return names;
}

const isoCodes = new Set(table.values());

/**
 * ISO 3166-1 alpha-2 code of a country name ("Côte d'Ivoire", "USA", "Türkiye") or of an upper-case
 * code ("GB"), or undefined when unknown. Lower-case two-letter words ("no", "in") are not codes.
 */
export function countryCode(name: string): string | undefined {
  const trimmed = name.trim();
  if (/^[A-Z]{2}$/.test(trimmed) && isoCodes.has(trimmed)) return trimmed;
  return table.get(countryKey(trimmed));
}
