// The campaign's portal and content activity: where each creator's terms stand (with the acceptance evidence),
// drafts waiting for approval (approve / ask for changes), proposals to answer, and deliverables with their state.
import { useState } from 'react';
import { api, type ApiError, type CampaignContentBody } from '../lib/api.ts';
import { dateTime, int } from '../lib/format.ts';
import { useCan } from '../lib/permissions.tsx';
import { useApi } from '../lib/use-api.ts';
import { ErrorBox, Loading } from './states.tsx';

type Creator = CampaignContentBody['creators'][number];
type Post = Creator['deliverables'][number]['posts'][number];

/** A story she uploaded: the file, her insights screenshot, and the numbers she read off it, labelled as hers. */
function StoryUpload({ p, creator }: { p: Post; creator: string }) {
  const u = p.upload!;
  const m = p.metrics;
  const figures = m
    ? [
        ['impressions', m.impressions],
        ['reach', m.reach],
        ['replies', m.replies],
        ['link taps', m.link_clicks],
      ]
        .filter(([, v]) => v !== null)
        .map(([k, v]) => `${int(v as number)} ${k}`)
        .join(', ')
    : '';
  return (
    <li className="story-upload">
      {u.insights_url && (
        <a href={u.insights_url} target="_blank" rel="noreferrer noopener">
          <img src={u.insights_url} alt={`Insights screenshot of the story by ${creator}`} loading="lazy" width={120} />
        </a>
      )}
      <div>
        Story posted {dateTime(p.posted_at)} ·{' '}
        <a href={u.media_url} target="_blank" rel="noreferrer noopener">
          story file ({u.media_type})
        </a>
        <p>
          {p.source === 'creator_reported' ? 'Reported by the creator (not verified by the platform)' : 'Numbers'}:{' '}
          {figures || 'none given'}
        </p>
      </div>
    </li>
  );
}

const TERMS_WORDS = {
  open: 'not answered',
  accepted: 'accepted',
  declined: 'declined',
  proposal_pending: 'proposal to answer',
};

function DraftRow({ d, onDone }: { d: Creator['drafts'][number]; onDone: () => void }) {
  const can = useCan('campaigns.write');
  const [error, setError] = useState<ApiError>();
  const decide = (decision: 'approved' | 'changes_requested') =>
    api.reviewDraft(d.id, { decision }).then(onDone, (e: unknown) => setError(e as ApiError));
  return (
    <li>
      {d.url ? (
        <a href={d.url} rel="noreferrer noopener" target="_blank">
          {d.url}
        </a>
      ) : (
        // The API serves it inline with a sandbox CSP (the bytes are the creator's); the session cookie authorises it.
        <a href={`/api/v1/drafts/${d.id}/file`} target="_blank" rel="noopener">
          View file ({d.file?.type})
        </a>
      )}{' '}
      · <strong>{d.status.replace('_', ' ')}</strong>
      {d.rights &&
        ` · rights: ${[d.rights.organic && 're-post', d.rights.paid_ads && 'paid ads'].filter(Boolean).join(' + ') || 'none'}`}
      {d.comments.map((c) => (
        <p key={c.created_at + c.body} className="muted">
          {c.author}: {c.body}
        </p>
      ))}
      {can && d.status === 'submitted' && (
        <span>
          {' '}
          <button type="button" onClick={() => decide('approved')}>
            Approve draft
          </button>{' '}
          <button type="button" onClick={() => decide('changes_requested')}>
            Request changes
          </button>
        </span>
      )}
      {error && <ErrorBox error={error} />}
    </li>
  );
}

function CreatorContent({ c, onDone }: { c: Creator; onDone: () => void }) {
  const accepted = [...c.answers].reverse().find((a) => a.kind === 'accepted');
  const proposal = c.terms_state === 'proposal_pending' ? c.answers.at(-1) : undefined;
  const can = useCan('campaigns.write');
  const stories = c.deliverables.flatMap((d) => d.posts).filter((p) => p.upload !== null);
  return (
    <div className="content-creator">
      <h3>{c.creator}</h3>
      <p>
        Terms: <strong>{TERMS_WORDS[c.terms_state]}</strong>
        {c.terms_state === 'accepted' &&
          accepted &&
          ` by “${accepted.typed_name}” on ${dateTime(accepted.created_at)} (SHA-256 ${accepted.terms_sha256?.slice(0, 12)}…)`}
      </p>
      {proposal && (
        <p>
          Proposal: {proposal.message}
          {can && (
            <button type="button" onClick={() => api.answerProposal(proposal.id, { answer: 'accept' }).then(onDone)}>
              Accept the proposal
            </button>
          )}
        </p>
      )}
      {c.drafts.length > 0 && (
        <ul aria-label={`Drafts of ${c.creator}`}>
          {c.drafts.map((d) => (
            <DraftRow key={d.id} d={d} onDone={onDone} />
          ))}
        </ul>
      )}
      {stories.length > 0 && (
        <ul aria-label={`Stories uploaded by ${c.creator}`} className="story-uploads">
          {stories.map((p) => (
            <StoryUpload key={p.id} p={p} creator={c.creator} />
          ))}
        </ul>
      )}
      <ul>
        {c.deliverables.map((d) => (
          <li key={d.number}>
            {d.number}. {int(d.count)} × {d.type.replace('_', ' ')}: <strong>{d.state}</strong> ({int(d.posted)} posted)
            {d.posts
              .filter((p) => p.outcome === 'fail')
              .map((p) => (
                <span key={p.id} className="muted">
                  {' '}
                  · {p.url} fails{' '}
                  {p.rules
                    .filter((r) => r.result === 'fail')
                    .map((r) => r.rule)
                    .join(', ')}
                </span>
              ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CampaignContent({ id }: { id: number }) {
  const content = useApi(() => api.content(id), String(id));
  if (content.error) return <ErrorBox error={content.error} retry={content.reload} />;
  const c = content.data;
  if (!c) return <Loading what="the content" />;
  const g = c.gifted_not_posted;
  const unmatchedStories = c.unmatched_posts.filter((p) => p.upload !== null);
  return (
    <section className="card" aria-label="Portal and content">
      <h2>Portal and content</h2>
      <p>
        Deliverables: {int(c.deliverables.due)} due, {int(c.deliverables.late)} late, {int(c.deliverables.posted)}{' '}
        posted, {int(c.deliverables.failing)} failing · gifted but not posted:{' '}
        {g.rate === null ? 'n/a' : `${int(g.not_posted)} of ${int(g.gifted)}`}
      </p>
      {c.creators.map((creator) => (
        <CreatorContent key={creator.enrollment_id} c={creator} onDone={content.reload} />
      ))}
      {unmatchedStories.length > 0 && (
        <ul aria-label="Stories not matched to a deliverable" className="story-uploads">
          {unmatchedStories.map((p) => (
            <StoryUpload key={p.id} p={p} creator="a creator of this campaign" />
          ))}
        </ul>
      )}
    </section>
  );
}
