// How an amount looks on every screen (web app, CLI, discovery explanations): "£1,234.50", "¥12,000",
// "KWD 1.250". Shared by the server and the web build (pure, no server imports), so the three agree.
import { currencyExponent } from './currency.ts';

const SYMBOLS: Record<string, string> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥' };

/** "£" for GBP, "KWD " for a currency without a well-known symbol. */
export const currencySymbol = (currency: string): string => SYMBOLS[currency] ?? `${currency} `;

/**
 * Minor units shown with the currency's decimals, exactly (integer arithmetic). `whole` rounds to a
 * whole major unit, half away from zero (£129.50 → £130), never truncating.
 */
export function formatAmount(minor: number, currency: string, options: { whole?: boolean } = {}): string {
  const exponent = currencyExponent(currency);
  const unit = 10 ** exponent;
  const absolute = Math.abs(Math.round(minor));
  const shown = options.whole ? Math.floor((absolute + unit / 2) / unit) * unit : absolute;
  const digits = String(shown).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = exponent > 0 && !options.whole ? `.${digits.slice(-exponent)}` : '';
  return `${minor < 0 && shown > 0 ? '−' : ''}${currencySymbol(currency)}${whole}${fraction}`;
}
