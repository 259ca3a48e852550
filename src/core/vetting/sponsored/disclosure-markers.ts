// The one list of sponsorship disclosure markers (PRODUCT.md "Sponsored post"), multilingual.
// Hashtags are compared whole (so #ad does not match #adidas); phrases on word boundaries. Tags that
// mean something else too often (#pr = Puerto Rico, #pub, French #annonce) are left out on purpose.

export const DISCLOSURE_HASHTAGS: ReadonlySet<string> = new Set([
  // English
  'ad', 'ads', 'advert', 'advertisement', 'advertising', 'sponsored', 'sponsor', 'spon', 'sponsoredpost',
  'paid', 'paidad', 'paidpartnership', 'paidpartner', 'gifted', 'giftedby', 'prgift', 'prsample',
  // German
  'anzeige', 'werbung', 'bezahltepartnerschaft', 'unbezahltewerbung',
  // Spanish
  'publicidad', 'publi', 'patrocinado', 'colaboracionpagada',
  // Portuguese
  'publicidade', 'parceria', 'parceriapaga', 'publipost',
  // French
  'sponsorise', 'sponsorisé', 'partenariat', 'partenariatremunere', 'collaborationcommerciale',
  // Italian
  'adv', 'pubblicita', 'pubblicità', 'sponsorizzato', 'collaborazioneretribuita',
  // Dutch, Scandinavian, Turkish, Polish
  'advertentie', 'reklame', 'reklam', 'annonse', 'samarbete', 'samarbejde', 'isbirligi', 'işbirliği', 'reklama', 'współpraca',
]);

export const DISCLOSURE_PHRASES: readonly string[] = [
  'paid partnership', 'in partnership with', 'sponsored by', 'gifted by', 'gifted', 'thanks to our sponsor',
  'bezahlte partnerschaft', 'in zusammenarbeit mit', 'unbezahlte werbung',
  'colaboración pagada', 'en colaboración con', 'patrocinado por',
  'parceria paga', 'em parceria com', 'publicidade paga',
  'partenariat rémunéré', 'en partenariat avec', 'collaboration commerciale',
  'collaborazione retribuita', 'in collaborazione con',
  'betaald partnerschap', 'betalt partnerskab', 'betalt samarbete', 'betalt samarbeid',
];
