// POST /p/<token>/gifts: her pick from the portal's gift form (`qty-<variant id>` fields). Parsed and bounded
// here; the limits, stock, address and gift count are checked by requestGift, which queues the store order.
import type { Context } from 'hono';
import { AppError } from '../../core/app-error.ts';
import { requestGift } from '../../services/gifts/request-gift.ts';
import type { PortalSession } from '../../services/portal/open-portal-link.ts';
import type { AppEnv } from '../context.ts';
import { formatMoney, readerLocale } from '../pages/portal-format.ts';
import { clockOf } from './creator-ledger.ts';

const MAX_FIELDS = 200;
const FIELD = /^qty-(\d{1,12})$/;

/** The picked quantities (> 0) by variant id; a field that is not a whole number 0–50 is refused by name. */
export function pickedFromForm(form: Record<string, string | File>): Map<number, number> {
  const picked = new Map<number, number>();
  const names = Object.keys(form);
  if (names.length > MAX_FIELDS) throw new AppError('validation_failed', 'The gift form has too many fields');
  for (const name of names) {
    const m = FIELD.exec(name);
    if (!m) continue;
    const raw = form[name];
    const text = typeof raw === 'string' ? raw.trim() : '';
    const quantity = text === '' ? 0 : Number(text);
    if (!Number.isInteger(quantity) || quantity < 0 || quantity > 50)
      throw new AppError('validation_failed', 'This gift cannot be sent', [
        { path: `items.${m[1]}`, message: 'a whole number of items from 0 to 50' },
      ]);
    if (quantity > 0) picked.set(Number(m[1]), quantity);
  }
  return picked;
}

export async function pickGift(c: Context<AppEnv>, s: PortalSession, form: Record<string, string | File>) {
  const locale = readerLocale(c.req.header('accept-language'));
  const money = (minor: number, currency: string) => formatMoney(locale, minor, currency);
  await requestGift(c.get('deps').db, s, pickedFromForm(form), new Date(clockOf(c)), money);
  return 'gift';
}

/** A refused pick, shown at the gift form: one sentence per reason, and her quantities kept as she typed them. */
export function giftRefusal(error: AppError, form: Record<string, string | File>) {
  const reasons = error.details.map((d) => `${d.message.charAt(0).toUpperCase()}${d.message.slice(1)}.`);
  const picked: Record<string, string> = {};
  for (const [name, value] of Object.entries(form)) {
    const m = FIELD.exec(name);
    if (m && typeof value === 'string') picked[m[1]!] = value.trim().slice(0, 3);
  }
  return { gift: { error: `${error.message}. ${reasons.join(' ')}`.trim(), picked } };
}
