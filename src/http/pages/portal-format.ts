// Numbers and dates of the portal in the reader's own locale (the browser's Accept-Language), with Intl: no idioms,
// no translated words needed for a figure. An unusable language tag falls back to "en".
import { toMajor } from '../../core/shared/minor-units.ts';

export function readerLocale(acceptLanguage: string | undefined): string {
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim();
  if (!first || first === '*') return 'en';
  try {
    return Intl.getCanonicalLocales(first)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export const formatMoney = (locale: string, minor: number, currency: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(toMajor(minor, currency));

export const formatCount = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n);

export const formatPercent = (locale: string, bps: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bps / 10_000);

export const formatDate = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso),
  );

export const formatDateTime = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));
