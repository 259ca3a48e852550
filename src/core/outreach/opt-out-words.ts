// Opt-out by reply, in one place: the words that, written alone on the first line of a short reply, mean
// "stop writing to me". Conservative on purpose: a false opt-out silences a creator who wanted to talk,
// so a long reply, or one whose first line only mentions a word ("stop by our shop"), is a reply.

/** Whole first lines that are an opt-out (compared lower-cased, accents kept, punctuation dropped). */
export const OPT_OUT_LINES: readonly string[] = [
  // English
  'unsubscribe',
  'unsubscribe me',
  'stop',
  'remove',
  'remove me',
  'opt out',
  'opt me out',
  'no more emails',
  'do not contact me',
  "don't contact me",
  'dont contact me',
  'take me off your list',
  'remove me from your list',
  'remove me from this list',
  'remove me from your mailing list',
  // French
  'désabonner',
  'désabonnez-moi',
  'désabonnement',
  'désinscrire',
  'désinscrivez-moi',
  'désinscription',
  'retirez-moi de votre liste',
  // German
  'abmelden',
  'abbestellen',
  'austragen',
  'bitte austragen',
  'bitte abmelden',
  'bitte entfernen',
  // Spanish
  'darse de baja',
  'dar de baja',
  'darme de baja',
  'baja',
  'cancelar suscripción',
  // Portuguese
  'cancelar inscrição',
  'cancelar subscrição',
  'descadastrar',
  'descadastre-me',
  'remover',
  // Italian
  'disiscrivimi',
  'annulla iscrizione',
  'cancellami',
  // Dutch
  'afmelden',
  'uitschrijven',
];

/** Politeness around the words ("please unsubscribe me", "stop, thanks") that does not change the meaning. */
export const OPT_OUT_COURTESIES: readonly string[] = [
  'please',
  'pls',
  'thanks',
  'thank you',
  'bitte',
  'danke',
  'merci',
  "s'il vous plaît",
  'svp',
  'por favor',
  'gracias',
  'obrigado',
  'obrigada',
  'grazie',
  'per favore',
  'alstublieft',
  'bedankt',
];

/** A reply longer than this (before the quoted original) is a conversation, never an opt-out. */
export const OPT_OUT_MAX_CHARS = 200;
