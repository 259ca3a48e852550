// "Add to campaign": pick a campaign (or create one), propose (or record as agreed) a fee and a discount code; the server
// creates the tracked link and the code in one transaction.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, type CampaignBody } from '../lib/api.ts';
import { toMajor } from '../../../src/core/shared/minor-units.ts';
import { money, symbolOf, toMinor } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { ErrorBox } from './states.tsx';

export const suggestCode = (handle: string) =>
  `${handle
    .replace(/[^a-z0-9]/gi, '')
    .slice(0, 10)
    .toUpperCase()}10`;

export function AddToCampaign({
  creator,
  label,
  currency,
  suggestedFeeMinor,
  onClose,
}: {
  creator: string;
  label: string;
  currency: string;
  suggestedFeeMinor?: number;
  onClose: () => void;
}) {
  const [campaigns, setCampaigns] = useState<CampaignBody[] | null>(null);
  const [choice, setChoice] = useState<string>('');
  const [name, setName] = useState('');
  const [destination, setDestination] = useState('https://');
  // Pre-filled with the fair price rounded to whole major units (in the campaign's currency when it is the same).
  const [fee, setFee] = useState(suggestedFeeMinor ? String(Math.round(toMajor(suggestedFeeMinor, currency))) : '');
  const [agreed, setAgreed] = useState(false);
  const [code, setCode] = useState(suggestCode(creator.split(':')[1] ?? creator));
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ campaignId: number; name: string } | null>(null);
  const first = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    api.campaigns(1, 200).then(
      (page) => {
        setCampaigns(page.items);
        setChoice(page.items[0] ? String(page.items[0].id) : 'new');
      },
      (e: unknown) => setError(e as ApiError),
    );
  }, []);
  useEffect(() => first.current?.focus(), [campaigns]);

  const chosen = campaigns?.find((c) => String(c.id) === choice);
  const cur = chosen?.currency ?? currency;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    const feeMinor = fee.trim() === '' ? 0 : toMinor(fee, cur);
    if (feeMinor === null) {
      setError(
        new ApiError(400, 'validation_failed', 'The fee must be an amount like 150 or 150.50', [
          { path: 'fee', message: 'not an amount' },
        ]),
      );
      return;
    }
    setBusy(true);
    try {
      let campaign = chosen;
      if (choice === 'new')
        campaign = await api.createCampaign({ name: name.trim(), destination_url: destination.trim() });
      await api.enroll(campaign!.id, {
        creator,
        fee_minor: feeMinor,
        deal_status: agreed ? 'agreed' : 'proposed',
        code: code.trim() || null,
      });
      setDone({ campaignId: campaign!.id, name: campaign!.name });
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="dialog"
      role="dialog"
      aria-modal="false"
      aria-label={`Add ${label} to a campaign`}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="dialog-head">
        <strong>Add {label} to a campaign</strong>
        <button type="button" className="small" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      {done ? (
        <p role="status">
          Added to <Link to={`/campaigns/${done.campaignId}`}>{done.name}</Link> with a tracked link
          {code ? (
            <>
              {' '}
              and the code <code>{code}</code>
            </>
          ) : (
            ''
          )}
          .
        </p>
      ) : campaigns === null && !error ? (
        <p>Loading campaigns…</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} className="form-grid">
          <label>
            Campaign
            <select ref={first} value={choice} onChange={(e) => setChoice(e.target.value)}>
              {campaigns?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
              <option value="new">New campaign…</option>
            </select>
          </label>
          {choice === 'new' && (
            <>
              <label>
                Name{' '}
                <input required value={name} onChange={(e) => setName(e.target.value)} placeholder="Spring anklets" />
              </label>
              <label>
                Product page (tracked link destination){' '}
                <input required type="url" value={destination} onChange={(e) => setDestination(e.target.value)} />
              </label>
            </>
          )}
          <label>
            Fee ({symbolOf(cur).trim()}){' '}
            <input inputMode="decimal" value={fee} onChange={(e) => setFee(e.target.value)} placeholder="0" />
            {suggestedFeeMinor !== undefined && (
              <span className="muted small">
                fair post price mid {money(suggestedFeeMinor, currency, { whole: true })}
              </span>
            )}
          </label>
          <label className="inline">
            <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} /> The creator agreed
            to this fee (it counts as spend; otherwise it stays a proposal)
          </label>
          <label>
            Discount code <input value={code} onChange={(e) => setCode(e.target.value)} placeholder="optional" />
          </label>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Adding…' : 'Add to campaign'}
            </button>
          </div>
        </form>
      )}
      <ErrorBox error={error} />
    </div>
  );
}
