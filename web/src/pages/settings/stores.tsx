// Connecting Shopify or WooCommerce: the webhook URL to paste, the signing secret, and a status that
// turns green when the store's first (test) notification arrives with a good signature.
import { useEffect, useState, type FormEvent } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import { ErrorBox } from '../../components/states.tsx';
import type { MeBody } from '../../lib/api.ts';
import { date } from '../../lib/format.ts';
import { useCan } from '../../lib/permissions.tsx';
import { teamApi, type Store } from '../../lib/team-api.ts';
import { useApi } from '../../lib/use-api.ts';
import { useAction } from './use-action.ts';

const HOW: Record<'shopify' | 'woocommerce', string> = {
  shopify:
    'Shopify admin → Settings → Notifications → Webhooks: create webhooks for "Order creation", "Order payment", "Order cancellation" and "Refund create" (JSON) with the URL below. Shopify shows the signing secret under the list ("Your webhooks will be signed with …"): paste it here, then click "Send test notification".',
  woocommerce:
    'WordPress → WooCommerce → Settings → Advanced → Webhooks: add webhooks for Order created / updated / deleted with the URL below and a secret of your choice (paste the same secret here). Saving the webhook sends a ping; an order (or the "Deliver" of a test order) sends a signed delivery.',
};

function DeliveryStatus({ store }: { store: Store }) {
  const ok = store.last_delivery?.signature_ok;
  if (!store.last_delivery)
    return (
      <p className="status waiting" role="status">
        Waiting for your first delivery… send a test notification from the store.
      </p>
    );
  // WooCommerce's ping on saving a webhook is unsigned: it proves the URL, not the secret.
  if (!ok && store.last_delivery.outcome === 'ignored') {
    return (
      <p className="status waiting" role="status">
        The store reached this URL (unsigned ping). Waiting for a signed delivery to check the secret… create or update
        an order.
      </p>
    );
  }
  return (
    <p className={`status ${ok ? 'received' : 'problem'}`} role="status">
      {ok ? '✓ Delivery received' : '✗ A delivery arrived with a bad signature: check the secret'} (
      {store.last_delivery.topic}, {store.last_delivery.outcome}, {date(store.last_delivery.at)})
    </p>
  );
}

export function StoresSettings({ me }: { me: MeBody }) {
  const can = useCan('stores.manage');
  const stores = useApi(() => teamApi.stores(), 'stores');
  const [platform, setPlatform] = useState<'shopify' | 'woocommerce'>('shopify');
  const [secret, setSecret] = useState('');
  const [shop, setShop] = useState('');
  const action = useAction();
  const waiting = stores.data?.items.some((s) => !s.last_delivery?.signature_ok) ?? false;
  // Poll while a connected store has not delivered yet, so the status turns green by itself.
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(stores.reload, 2_000);
    return () => window.clearInterval(timer);
  }, [waiting, stores.reload]);
  const connect = (e: FormEvent) => {
    e.preventDefault();
    void action.run(
      () => teamApi.connectStore(platform, secret.trim(), shop.trim() || null),
      () => {
        setSecret('');
        stores.reload();
      },
    );
  };
  const url = `${window.location.origin}/webhooks/${platform}/${me.workspace.slug}`;
  return (
    <section>
      <h2>Stores</h2>
      {stores.data?.items.map((s) => (
        <div key={s.platform} className="card narrow">
          <h3>
            {s.platform === 'shopify' ? 'Shopify' : 'WooCommerce'}
            {s.shop && ` · ${s.shop}`}
          </h3>
          <p>
            Webhook URL: <code className="link">{s.webhook_url}</code>{' '}
            <CopyButton text={s.webhook_url} label="webhook URL" />
          </p>
          <DeliveryStatus store={s} />
        </div>
      ))}
      {can && (
        <form className="card narrow form-grid" onSubmit={connect}>
          <h3>Connect a store</h3>
          <fieldset className="radios">
            <legend>Platform</legend>
            {(['shopify', 'woocommerce'] as const).map((p) => (
              <label key={p} className="inline">
                <input type="radio" name="platform" checked={platform === p} onChange={() => setPlatform(p)} />
                {p === 'shopify' ? 'Shopify' : 'WooCommerce'}
              </label>
            ))}
          </fieldset>
          <p className="small">{HOW[platform]}</p>
          <p>
            Webhook URL to paste:{' '}
            <code className="link" data-testid="webhook-url">
              {url}
            </code>{' '}
            <CopyButton text={url} label="webhook URL" />
          </p>
          <label>
            Shop address (optional){' '}
            <input value={shop} onChange={(e) => setShop(e.target.value)} placeholder="my-shop.myshopify.com" />
          </label>
          <label>
            Webhook signing secret{' '}
            <input
              required
              minLength={8}
              type="password"
              autoComplete="off"
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
            />
          </label>
          <div className="actions">
            <button type="submit" className="primary" disabled={action.busy}>
              Save connection
            </button>
          </div>
        </form>
      )}
      <ErrorBox error={stores.error ?? action.error} />
    </section>
  );
}
