// Discover's selection bar: what is selected, and the two bulk actions, each ONE API call: add to a list
// (an existing one, or a new one created and filled at once) and add to a campaign (enrolled with no
// agreed costs; a deal sets them later). Shown only to callers who may do them.
import { useState, type FormEvent } from 'react';
import { api, type ApiError, type CampaignBody } from '../lib/api.ts';
import { useCan } from '../lib/permissions.tsx';
import { relationshipsApi, type ListBody } from '../lib/relationships-api.ts';
import { Link } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';
import { ErrorBox } from './states.tsx';

const NEW = 'new';

export function SelectionBar({ accountIds, onClear }: { accountIds: number[]; onClear: () => void }) {
  const canList = useCan('relationships.write');
  const canEnroll = useCan('campaigns.write');
  const lists = useApi(
    () => (canList ? relationshipsApi.lists() : Promise.resolve({ items: [] as ListBody[] })),
    'sel-lists',
  );
  const campaigns = useApi(
    () => (canEnroll ? api.campaigns(1, 200) : Promise.resolve({ items: [] as CampaignBody[] })),
    'sel-campaigns',
  );
  const [listChoice, setListChoice] = useState('');
  const [listName, setListName] = useState('');
  const [campaignChoice, setCampaignChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<{ text: string; to: string; link: string }>();
  const listValue = listChoice || (lists.data?.items[0] ? String(lists.data.items[0].id) : NEW);
  const campaignValue = campaignChoice || String(campaigns.data?.items[0]?.id ?? '');
  const n = accountIds.length;

  const run = async (work: () => Promise<{ text: string; to: string; link: string }>) => {
    setError(undefined);
    setDone(undefined);
    setBusy(true);
    try {
      setDone(await work());
      lists.reload();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const addToList = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (listValue === NEW) {
        const list = await relationshipsApi.createList(listName.trim(), accountIds);
        setListName('');
        return {
          text: `Added ${list.added} to the new list “${list.name}”.`,
          to: `/lists/${list.id}`,
          link: 'Open the list',
        };
      }
      const list = lists.data!.items.find((l) => String(l.id) === listValue)!;
      const r = await relationshipsApi.addAccountsToList(list.id, accountIds);
      return {
        text: `Added ${r.added} to “${list.name}”${r.already_on_list ? ` (${r.already_on_list} already on it)` : ''}.`,
        to: `/lists/${list.id}`,
        link: 'Open the list',
      };
    });
  };
  const addToCampaign = (e: FormEvent) => {
    e.preventDefault();
    const campaign = campaigns.data?.items.find((c) => String(c.id) === campaignValue);
    if (!campaign) return;
    void run(async () => {
      const r = await relationshipsApi.enrollAccounts(campaign.id, accountIds);
      return {
        text: `Enrolled ${r.enrolled} in “${campaign.name}”${r.already_enrolled ? ` (${r.already_enrolled} already in it)` : ''}.`,
        to: `/campaigns/${campaign.id}`,
        link: 'Open the campaign',
      };
    });
  };
  if (n === 0 && !done) return null;
  return (
    <section className="selection-bar" aria-label="Selection">
      <strong aria-live="polite">{n} selected</strong>
      {n > 0 && (
        <button type="button" className="small" onClick={onClear}>
          Clear
        </button>
      )}
      {canList && n > 0 && (
        <form onSubmit={addToList} aria-label="Add the selection to a list">
          <label className="inline">
            List{' '}
            <select value={listValue} onChange={(e) => setListChoice(e.target.value)}>
              {(lists.data?.items ?? []).map((l) => (
                <option key={l.id} value={String(l.id)}>
                  {l.name} ({l.size})
                </option>
              ))}
              <option value={NEW}>New list…</option>
            </select>
          </label>
          {listValue === NEW && (
            <label className="inline">
              New list name <input required value={listName} onChange={(e) => setListName(e.target.value)} size={14} />
            </label>
          )}
          <button type="submit" className="primary" disabled={busy}>
            Add to list
          </button>
        </form>
      )}
      {canEnroll && n > 0 && (campaigns.data?.items.length ?? 0) > 0 && (
        <form onSubmit={addToCampaign} aria-label="Add the selection to a campaign">
          <label className="inline">
            Campaign{' '}
            <select value={campaignValue} onChange={(e) => setCampaignChoice(e.target.value)}>
              {campaigns.data!.items.map((c) => (
                <option key={c.id} value={String(c.id)}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy}>
            Add to campaign
          </button>
        </form>
      )}
      {done && (
        <p role="status">
          {done.text} <Link to={done.to}>{done.link}</Link>
        </p>
      )}
      <ErrorBox error={error} />
    </section>
  );
}
