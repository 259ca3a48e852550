// The workspace's saved briefs on Discover: open one (it becomes the page's URL), save the current
// brief under a name (the same name replaces it), delete one.
import { useState } from 'react';
import { ErrorBox } from '../components/states.tsx';
import { api, ApiError, type BriefBody, type SavedBriefBody } from '../lib/api.ts';
import { useApi } from '../lib/use-api.ts';

export function SavedBriefs({ current, onOpen }: { current: () => BriefBody; onOpen: (brief: BriefBody) => void }) {
  const saved = useApi(() => api.savedBriefs(), 'saved-briefs');
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  const items: SavedBriefBody[] = saved.data?.items ?? [];
  const picked = items.find((b) => String(b.id) === chosen);

  const act = async (work: () => Promise<string>) => {
    setError(undefined);
    try {
      setStatus(await work());
      saved.reload();
    } catch (e) {
      setError(e as ApiError);
    }
  };
  // A fieldset inside the brief form (no nested form): Enter in the name saves instead of searching.
  const save = () => {
    if (name.trim()) void act(async () => `Saved “${(await api.saveBrief(name.trim(), current())).name}”.`);
  };

  return (
    <fieldset className="saved-briefs">
      <legend>Saved briefs</legend>
      <div className="row">
        <label>
          Saved brief{' '}
          <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{items.length ? 'Choose…' : 'none saved yet'}</option>
            {items.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="actions">
        <button type="button" disabled={!picked} onClick={() => picked && onOpen(picked.brief as BriefBody)}>
          Open
        </button>
        <button
          type="button"
          className="small"
          disabled={!picked}
          onClick={() =>
            picked &&
            void act(async () => {
              await api.deleteBrief(picked.id);
              setChosen('');
              return `Deleted “${picked.name}”.`;
            })
          }
        >
          Delete
        </button>
      </div>
      <div className="row">
        <label>
          Save as{' '}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Summer anklets"
            maxLength={120}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                save();
              }
            }}
          />
        </label>
        <button type="button" onClick={save} disabled={!name.trim()}>
          Save brief
        </button>
      </div>
      {status && (
        <p role="status" className="small muted">
          {status}
        </p>
      )}
      <ErrorBox error={error ?? saved.error} />
    </fieldset>
  );
}
