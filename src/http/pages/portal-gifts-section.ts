// The portal's gift section: she picks products from the brand's catalog within the limits the brand set
// (item count, total value), after saving her shipping address. A plain form with a number field per product
// (no script); the server checks everything again (services/gifts/request-gift.ts). A refusal is shown inside the
// form (its action's #gift-form brings her back to it) with her quantities kept.
import { html, raw } from 'hono/html';
import type { PortalGifts } from '../../services/gifts/load-portal-gifts.ts';
import { formatDateTime, formatMoney } from './portal-format.ts';

const STATUS_WORDS = {
  requested: 'Asked for: the brand is making the order',
  ordered: 'Ordered',
  shipped: 'Shipped',
  failed: 'The store could not make this order: the brand will contact you',
} as const;

export function giftsSection(
  g: PortalGifts,
  o: { base: string; locale: string; gift?: { error: string; picked: Record<string, string> } },
  deal: { brand: string; giftIncluded: boolean; hasAddress: boolean },
) {
  const hasAddress = deal.hasAddress;
  if (!g.limits)
    return deal.giftIncluded
      ? html`<p class="muted">This deal includes a gift. ${deal.brand} has not opened its catalog for you to pick from: it tells you what it sends.</p>`
      : '';
  const l = g.limits;
  const currency = g.offer[0]?.currency;
  const limitWords = [
    `up to ${l.maxItems} ${l.maxItems === 1 ? 'item' : 'items'}`,
    l.maxValueMinor !== null && currency
      ? `worth up to ${formatMoney(o.locale, l.maxValueMinor, currency)} in total`
      : null,
  ]
    .filter(Boolean)
    .join(', ');
  return html`
<h2 id="gifts">Your gift</h2>
${g.gifts.map(
  (
    gift,
  ) => html`<p class="status${gift.status === 'failed' ? '' : ' ok'}">${STATUS_WORDS[gift.status]}${gift.orderName ? ` (${gift.orderName})` : ''}: ${gift.items.join(', ')}
  <br><span class="muted">${formatDateTime(o.locale, gift.createdAt)} (UTC)</span></p>`,
)}
${
  g.giftsLeft <= 0
    ? ''
    : !hasAddress
      ? html`<p class="muted">Save your shipping address above, then pick your gift here.</p>`
      : html`
<p>Pick ${limitWords}.</p>
<form method="post" action="${o.base}/gifts#gift-form" id="gift-form">
${o.gift ? html`<p class="error" role="alert" id="gift-error">${o.gift.error}</p>` : ''}
${g.offer.map(
  (
    p,
  ) => html`<label for="gift-${p.id}">${p.title} · ${formatMoney(o.locale, p.priceMinor, p.currency)}${p.inStock ? '' : ' · out of stock'}</label>
  <input id="gift-${p.id}" name="qty-${p.id}" type="number" inputmode="numeric" min="0" max="${l.maxItems}" value="${p.inStock ? (o.gift?.picked[String(p.id)] ?? '0') : '0'}" ${p.inStock ? '' : 'disabled'}${o.gift ? raw(' aria-describedby="gift-error"') : ''}>`,
)}
  <button type="submit">Ask for this gift</button>
</form>`
}`;
}
