// Creator countries with their weight in the demo world (the UK and US lead: the demo brand sells
// there), the language a creator there most likely writes, its naming tradition, and the cities
// their audiences live in, spelt as Instagram's follower_demographics reports them
// ("London, England").
import type { Language } from './languages.ts';

export interface Place {
  weight: number;
  /** Probability that a creator from here writes in `language` rather than English. */
  local: number;
  language: Language;
  names: string;
  /** Biggest first: audiences are drawn with falling weights down the list. */
  cities: readonly string[];
}

export const PLACES: Record<string, Place> = {
  GB: {
    weight: 18,
    local: 0,
    language: 'en',
    names: 'en',
    cities: [
      'London, England',
      'Manchester, England',
      'Birmingham, England',
      'Leeds, England',
      'Glasgow, Scotland',
      'Bristol, England',
      'Liverpool, England',
      'Edinburgh, Scotland',
      'Brighton, England',
      'Cardiff, Wales',
    ],
  },
  US: {
    weight: 22,
    local: 0,
    language: 'en',
    names: 'en',
    cities: [
      'New York, New York',
      'Los Angeles, California',
      'Chicago, Illinois',
      'Houston, Texas',
      'Miami, Florida',
      'Atlanta, Georgia',
      'San Francisco, California',
      'Austin, Texas',
      'Seattle, Washington',
      'Phoenix, Arizona',
    ],
  },
  DE: {
    weight: 9,
    local: 0.75,
    language: 'de',
    names: 'de',
    cities: [
      'Berlin, Berlin',
      'Hamburg, Hamburg',
      'Munich, Bavaria',
      'Cologne, North Rhine-Westphalia',
      'Frankfurt, Hesse',
      'Stuttgart, Baden-Württemberg',
      'Düsseldorf, North Rhine-Westphalia',
      'Leipzig, Saxony',
    ],
  },
  ES: {
    weight: 7,
    local: 0.8,
    language: 'es',
    names: 'es',
    cities: [
      'Madrid, Comunidad de Madrid',
      'Barcelona, Catalonia',
      'Valencia, Valencian Community',
      'Seville, Andalusia',
      'Málaga, Andalusia',
      'Bilbao, Basque Country',
      'Zaragoza, Aragon',
    ],
  },
  FR: {
    weight: 7,
    local: 0.8,
    language: 'fr',
    names: 'fr',
    cities: [
      'Paris, Île-de-France',
      'Lyon, Auvergne-Rhône-Alpes',
      "Marseille, Provence-Alpes-Côte d'Azur",
      'Toulouse, Occitanie',
      'Bordeaux, Nouvelle-Aquitaine',
      "Nice, Provence-Alpes-Côte d'Azur",
      'Lille, Hauts-de-France',
      'Nantes, Pays de la Loire',
    ],
  },
  BR: {
    weight: 6,
    local: 0.85,
    language: 'pt',
    names: 'pt',
    cities: [
      'São Paulo, São Paulo (state)',
      'Rio de Janeiro, Rio de Janeiro (state)',
      'Belo Horizonte, Minas Gerais',
      'Brasília, Federal District',
      'Curitiba, Paraná',
      'Salvador, Bahia',
      'Porto Alegre, Rio Grande do Sul',
      'Recife, Pernambuco',
    ],
  },
  IT: {
    weight: 5,
    local: 0,
    language: 'en',
    names: 'it',
    cities: [
      'Milan, Lombardy',
      'Rome, Lazio',
      'Naples, Campania',
      'Turin, Piedmont',
      'Florence, Tuscany',
      'Bologna, Emilia-Romagna',
    ],
  },
  NL: {
    weight: 4,
    local: 0,
    language: 'en',
    names: 'nl',
    cities: [
      'Amsterdam, Noord-Holland',
      'Rotterdam, Zuid-Holland',
      'Utrecht, Utrecht',
      'The Hague, Zuid-Holland',
      'Eindhoven, Noord-Brabant',
    ],
  },
  CA: {
    weight: 5,
    local: 0.1,
    language: 'fr',
    names: 'en',
    cities: [
      'Toronto, Ontario',
      'Vancouver, British Columbia',
      'Montreal, Quebec',
      'Calgary, Alberta',
      'Ottawa, Ontario',
    ],
  },
  AU: {
    weight: 5,
    local: 0,
    language: 'en',
    names: 'en',
    cities: [
      'Sydney, New South Wales',
      'Melbourne, Victoria',
      'Brisbane, Queensland',
      'Perth, Western Australia',
      'Adelaide, South Australia',
      'Gold Coast, Queensland',
    ],
  },
  IN: {
    weight: 4,
    local: 0,
    language: 'en',
    names: 'in',
    cities: [
      'Mumbai, Maharashtra',
      'Delhi, Delhi',
      'Bangalore, Karnataka',
      'Hyderabad, Telangana',
      'Chennai, Tamil Nadu',
      'Pune, Maharashtra',
      'Kolkata, West Bengal',
    ],
  },
  MX: {
    weight: 2,
    local: 0.85,
    language: 'es',
    names: 'es',
    cities: [
      'Mexico City, Distrito Federal',
      'Guadalajara, Jalisco',
      'Monterrey, Nuevo León',
      'Puebla, Puebla',
      'Cancún, Quintana Roo',
    ],
  },
  PT: {
    weight: 1.5,
    local: 0.8,
    language: 'pt',
    names: 'pt',
    cities: [
      'Lisbon, Lisbon District',
      'Porto, Porto District',
      'Braga, Braga District',
      'Coimbra, Coimbra District',
      'Faro, Faro District',
    ],
  },
  IE: {
    weight: 1.5,
    local: 0,
    language: 'en',
    names: 'en',
    cities: ['Dublin, Dublin', 'Cork, Cork', 'Galway, Galway', 'Limerick, Limerick'],
  },
  AT: {
    weight: 1,
    local: 0.75,
    language: 'de',
    names: 'de',
    cities: ['Vienna, Vienna', 'Graz, Styria', 'Linz, Upper Austria', 'Salzburg, Salzburg'],
  },
  BE: {
    weight: 1,
    local: 0.6,
    language: 'fr',
    names: 'fr',
    cities: ['Brussels, Brussels', 'Antwerp, Flanders', 'Ghent, Flanders', 'Liège, Wallonia'],
  },
  CH: {
    weight: 1,
    local: 0.7,
    language: 'de',
    names: 'de',
    cities: ['Zurich, Zurich', 'Geneva, Geneva', 'Basel, Basel-City', 'Bern, Bern'],
  },
  AR: {
    weight: 1,
    local: 0.85,
    language: 'es',
    names: 'es',
    cities: ['Buenos Aires, Buenos Aires', 'Córdoba, Córdoba', 'Rosario, Santa Fe'],
  },
  SE: {
    weight: 1,
    local: 0,
    language: 'en',
    names: 'sv',
    cities: ['Stockholm, Stockholm County', 'Gothenburg, Västra Götaland', 'Malmö, Skåne'],
  },
  ZA: {
    weight: 1,
    local: 0,
    language: 'en',
    names: 'en',
    cities: ['Johannesburg, Gauteng', 'Cape Town, Western Cape', 'Durban, KwaZulu-Natal'],
  },
};

/** Countries an audience spills into besides the creator's own, by the language it speaks. */
export const AUDIENCE_NEIGHBOURS: Record<Language, readonly string[]> = {
  en: ['US', 'GB', 'CA', 'AU', 'IE', 'IN', 'ZA', 'NL', 'SE'],
  de: ['DE', 'AT', 'CH', 'NL'],
  es: ['ES', 'MX', 'AR', 'US', 'CO', 'CL'],
  fr: ['FR', 'BE', 'CA', 'CH', 'MA'],
  pt: ['BR', 'PT', 'US', 'AO'],
};
