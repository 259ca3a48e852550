// The pipeline board: one column per stage of the workspace. A card moves by dragging it onto another
// column (HTML5 drag and drop), with its buttons, or with the arrow keys while it has focus; every move is
// one API call and the board reloads from the server's answer. Its name opens the creator drawer.
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { drawerHref, openCreator } from '../lib/creator-drawer.ts';
import { useCan } from '../lib/permissions.tsx';
import type { RelationshipBody } from '../lib/relationships-api.ts';

export const stageLabel = (stage: string) => stage.replace(/_/g, ' ');
export const handleOf = (r: RelationshipBody) =>
  r.accounts[0] ? `${r.accounts[0].platform}:${r.accounts[0].handle}` : `creator ${r.creator_id}`;

/** The drawer link: a real href (new tab works), opening in place on a plain click. */
export function DrawerLink({ r }: { r: { creator_id: number; name: string | null } & Partial<RelationshipBody> }) {
  return (
    <a
      href={drawerHref(r.creator_id)}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        openCreator(r.creator_id);
      }}
    >
      {r.name ?? `Creator ${r.creator_id}`}
    </a>
  );
}

type Move = (r: RelationshipBody, to: string) => void;
const DRAG_TYPE = 'application/x-microreach-creator';

function Card({ r, stages, move }: { r: RelationshipBody; stages: string[]; move: Move }) {
  const canMove = useCan('relationships.write');
  const [dragging, setDragging] = useState(false);
  const at = stages.indexOf(r.stage);
  const prev = stages[at - 1];
  const next = stages[at + 1];
  const onKey = (e: KeyboardEvent) => {
    if (!canMove || e.target !== e.currentTarget) return;
    const to = e.key === 'ArrowRight' ? next : e.key === 'ArrowLeft' ? prev : undefined;
    if (!to) return;
    e.preventDefault();
    move(r, to);
  };
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(DRAG_TYPE, String(r.creator_id));
    e.dataTransfer.effectAllowed = 'move';
    setDragging(true);
  };
  return (
    <li
      className={`card pipeline-card${dragging ? ' dragging' : ''}`}
      tabIndex={0}
      onKeyDown={onKey}
      draggable={canMove}
      onDragStart={onDragStart}
      onDragEnd={() => setDragging(false)}
      data-creator={r.creator_id}
      aria-label={`${r.name ?? handleOf(r)}, ${stageLabel(r.stage)}.${canMove ? ' Arrow keys move between stages.' : ''}`}
    >
      <DrawerLink r={{ ...r, name: r.name ?? handleOf(r) }} />
      <div className="muted">
        {handleOf(r)}
        {r.owner && ` · ${r.owner.email}`}
      </div>
      {canMove && (
        <div className="actions">
          {prev && (
            <button
              type="button"
              className="small"
              onClick={() => move(r, prev)}
              aria-label={`Move to ${stageLabel(prev)}`}
            >
              ← {stageLabel(prev)}
            </button>
          )}
          {next && (
            <button
              type="button"
              className="small"
              onClick={() => move(r, next)}
              aria-label={`Move to ${stageLabel(next)}`}
            >
              {stageLabel(next)} →
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function Column({
  stage,
  cards,
  stages,
  move,
  find,
}: {
  stage: string;
  cards: RelationshipBody[];
  stages: string[];
  move: Move;
  /** Any card of the board by creator id: the dropped card comes from another column. */
  find: (creatorId: number) => RelationshipBody | undefined;
}) {
  const [over, setOver] = useState(false);
  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(DRAG_TYPE);
  const onDrop = (e: DragEvent) => {
    setOver(false);
    if (!accepts(e)) return;
    e.preventDefault();
    const id = Number(e.dataTransfer.getData(DRAG_TYPE));
    const r = find(id);
    if (r && r.stage !== stage) move(r, stage);
  };
  return (
    <section
      className={`pipeline-column${over ? ' drop-target' : ''}`}
      aria-label={`${stageLabel(stage)} (${cards.length})`}
      data-stage={stage}
      onDragOver={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2>
        {stageLabel(stage)} <span className="muted">{cards.length}</span>
      </h2>
      <ul>
        {cards.map((r) => (
          <Card key={r.id} r={r} stages={stages} move={move} />
        ))}
      </ul>
    </section>
  );
}

export function PipelineBoard({ items, stages, move }: { items: RelationshipBody[]; stages: string[]; move: Move }) {
  const find = (id: number) => items.find((r) => r.creator_id === id);
  return (
    <div className="pipeline">
      {stages.map((s) => (
        <Column key={s} stage={s} cards={items.filter((r) => r.stage === s)} stages={stages} move={move} find={find} />
      ))}
    </div>
  );
}
