// The campaign's gifts: per deal, the gift limits the brand set (view, edit) and the gifts she picked with their
// status, store order, items, product cost and shipping (a cost nobody gave reads "unknown", never 0); below, the
// store's catalog with "Sync from store". Statuses are the API's words.
import { useState } from 'react';
import { CatalogPanel } from '../components/catalog-panel.tsx';
import { ErrorBox, Loading } from '../components/states.tsx';
import { ApiError } from '../lib/api.ts';
import { costOrUnknown, dateTime, exponentOf, money, toMinor } from '../lib/format.ts';
import { useCan } from '../lib/permissions.tsx';
import { type DealGiftLimits, type Gift, seedingApi } from '../lib/seeding-api.ts';
import { useApi } from '../lib/use-api.ts';

type Deal = DealGiftLimits['items'][number];

/** `currency`: the currency limits are written in (the store's, as its catalog prices; the campaign's until known). */
export function CampaignGifts({ id, currency }: { id: number; currency: string }) {
  const limits = useApi(() => seedingApi.giftLimits(id), `gift-limits-${id}`);
  const gifts = useApi(() => seedingApi.gifts(id), `gifts-${id}`);
  const data = limits.data;
  return (
    <section className="card" aria-label="Gifts">
      <h2>Gifts</h2>
      <ErrorBox error={limits.error ?? gifts.error} retry={limits.error ? limits.reload : gifts.reload} />
      {!data || !gifts.data ? (
        !limits.error && !gifts.error && <Loading what="the gifts" />
      ) : data.items.length === 0 ? (
        <p className="muted">No creator in this campaign yet.</p>
      ) : (
        <ul className="gift-deals">
          {data.items.map((d) => (
            <DealGifts
              key={d.enrollment_id}
              campaignId={id}
              deal={d}
              gifts={gifts.data!.items.filter((g) => g.enrollment_id === d.enrollment_id)}
              currency={currency}
              onSaved={limits.reload}
            />
          ))}
        </ul>
      )}
      {data && <CatalogPanel store={data.seeding_store} />}
    </section>
  );
}

function limitsText(l: NonNullable<Deal['limits']>, currency: string) {
  return [
    `${l.max_items} item${l.max_items === 1 ? '' : 's'}`,
    l.max_value_minor === null ? 'any value' : `up to ${money(l.max_value_minor, currency)}`,
    `${l.max_gifts} gift${l.max_gifts === 1 ? '' : 's'}`,
    `shipping ${costOrUnknown(l.shipping_minor, currency)}`,
  ].join(' · ');
}

function DealGifts(p: { campaignId: number; deal: Deal; gifts: Gift[]; currency: string; onSaved: () => void }) {
  const can = useCan('campaigns.write');
  const [editing, setEditing] = useState(false);
  const l = p.deal.limits;
  return (
    <li data-testid={`gifts-${p.deal.creator}`}>
      <h3>{p.deal.creator}</h3>
      <p>
        Gift limits: {l ? limitsText(l, p.currency) : <span className="muted">gift picking not open</span>}{' '}
        {can && !editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {l ? 'Edit limits' : 'Open gift picking'}
          </button>
        )}
      </p>
      {editing && (
        <LimitsForm
          campaignId={p.campaignId}
          deal={p.deal}
          currency={p.currency}
          onDone={(saved) => {
            setEditing(false);
            if (saved) p.onSaved();
          }}
        />
      )}
      {p.gifts.length === 0 ? (
        <p className="muted">No gift picked yet.</p>
      ) : (
        <ul aria-label={`Gifts of ${p.deal.creator}`}>
          {p.gifts.map((g) => (
            <GiftRow key={g.id} g={g} />
          ))}
        </ul>
      )}
    </li>
  );
}

function GiftRow({ g }: { g: Gift }) {
  return (
    <li>
      <span className={`badge ${g.status === 'failed' ? 'warn' : ''}`}>{g.status}</span>{' '}
      {g.items.map((i) => `${i.quantity} × ${i.title}`).join(', ')} · value {money(g.value_minor, g.currency)} · product
      cost <strong>{costOrUnknown(g.cost_minor, g.currency)}</strong> · shipping{' '}
      <strong>{costOrUnknown(g.shipping_minor, g.currency)}</strong>
      <div className="muted">
        Store order {g.store_order_name ?? g.store_order_ref ?? 'not made yet'} · picked {dateTime(g.created_at)}
        {g.shipped_at && ` · shipped ${dateTime(g.shipped_at)}`}
      </div>
      {g.error && <div className="error">{g.error}</div>}
    </li>
  );
}

/** Amounts are typed in major units of `currency`; an empty shipping field means "unknown", never 0. */
function LimitsForm(p: { campaignId: number; deal: Deal; currency: string; onDone: (saved: boolean) => void }) {
  const l = p.deal.limits;
  const major = (minor: number | null | undefined) =>
    minor === null || minor === undefined ? '' : String(minor / 10 ** exponentOf(p.currency));
  const [f, setF] = useState({
    items: String(l?.max_items ?? 1),
    value: l ? major(l.max_value_minor) : '',
    gifts: String(l?.max_gifts ?? 1),
    shipping: l ? major(l.shipping_minor) : '',
  });
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const save = () => {
    // An amount that does not read as money is refused here by name, never sent as "no limit" or "unknown".
    const unreadable = (['value', 'shipping'] as const).filter(
      (k) => f[k].trim() !== '' && toMinor(f[k], p.currency) === null,
    );
    if (unreadable.length > 0) {
      const details = unreadable.map((k) => ({ path: k, message: `not an amount in ${p.currency}` }));
      setError(new ApiError(0, 'validation_failed', 'Check the amounts', details));
      return;
    }
    const amount = (text: string) => (text.trim() === '' ? null : toMinor(text, p.currency));
    setBusy(true);
    seedingApi
      .setGiftLimits(p.campaignId, {
        creator: p.deal.creator,
        max_items: Number(f.items),
        max_value_minor: amount(f.value),
        max_gifts: Number(f.gifts),
        shipping_minor: amount(f.shipping),
      })
      .then(
        () => p.onDone(true),
        (e: ApiError) => {
          setError(e);
          setBusy(false);
        },
      );
  };
  const field = (key: keyof typeof f, label: string, extra: object) => (
    <label>
      {label}{' '}
      <input value={f[key]} onChange={(e) => setF({ ...f, [key]: e.target.value })} inputMode="decimal" {...extra} />
    </label>
  );
  return (
    <form
      aria-label={`Gift limits of ${p.deal.creator}`}
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {field('items', 'Items', { type: 'number', min: 1, max: 50, required: true })}
      {field('value', `Total value (${p.currency}, empty = no limit)`, {})}
      {field('gifts', 'Gifts', { type: 'number', min: 1, max: 10, required: true })}
      {field('shipping', `Shipping per gift (${p.currency}, empty = unknown)`, {})}
      <button type="submit" disabled={busy}>
        Save limits
      </button>{' '}
      <button type="button" onClick={() => p.onDone(false)}>
        Cancel
      </button>
      <ErrorBox error={error} />
    </form>
  );
}
