// The creator drawer: the relationship panel of whichever creator ?creator=ID names, over any page (Discover
// rows, lists, a campaign, the pipeline board). Escape, the close button or Back close it; focus returns
// to what opened it.
import { api } from '../lib/api.ts';
import { closeCreator, openCreator, useDrawerCreator } from '../lib/creator-drawer.ts';
import { Link } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';
import { Dialog } from './dialog.tsx';
import { RelationshipPanel } from './relationship-panel.tsx';

function Drawer({ id }: { id: number }) {
  const creator = useApi(() => api.creator(id), `drawer-creator-${id}`);
  const c = creator.data;
  return (
    <Dialog title={c?.display_name ?? `Creator ${id}`} onClose={closeCreator} className="modal drawer">
      <p>
        {c && <span className="muted">{c.accounts.map((a) => `${a.platform}:${a.handle}`).join(' · ')} </span>}
        <Link to={`/creators/${id}`}>Full vetting report →</Link>
      </p>
      <RelationshipPanel creatorId={id} />
    </Dialog>
  );
}

export function CreatorDrawer() {
  const id = useDrawerCreator();
  return id === null ? null : <Drawer id={id} key={id} />;
}

/** A row's button that opens the drawer on its creator (lists, campaign, Discover). */
export function OpenDrawerButton({ creatorId, name }: { creatorId: number; name: string }) {
  return (
    <button
      type="button"
      className="small"
      onClick={() => openCreator(creatorId)}
      aria-label={`Relationship with ${name}`}
    >
      Relationship
    </button>
  );
}
