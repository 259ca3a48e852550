// The creator profile: the vetting report with its charts. Every number carries its formula.
import { RelationshipPanel } from '../components/relationship-panel.tsx';
import { CreatorStatement } from '../components/creator-statement.tsx';
import { useState } from 'react';
import { AddToCampaign } from '../components/add-to-campaign.tsx';
import { EngagementChart, FollowerChart, HBars } from '../components/charts.tsx';
import { ErrorBox, Loading } from '../components/states.tsx';
import { Help, Num } from '../components/tip.tsx';
import { api, type MeBody, type VettingReportBody } from '../lib/api.ts';
import { date, int, money, pct, titleCase } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';
import { SourceBadge } from './discover.tsx';
import { Can } from '../lib/permissions.tsx';
import { AccountLink, CreatorPicture } from '../components/creator-picture.tsx';

const ER_FORMULAS: Record<string, string> = {
  er_followers: 'mean over the last 12 posts (older than 48 h) of (likes + comments) / followers at post time',
  er_median_likes: 'median likes / followers over the last 60 days (at most 50 posts)',
  er_views: 'mean (likes + comments) / views, for video',
};

export function CreatorPage({ id, platform, me }: { id: number; platform?: string; me: MeBody }) {
  const vetting = useApi(() => api.vetting(id, platform), `${id}:${platform ?? ''}`);
  const detail = useApi(() => api.creator(id), String(id));
  const [adding, setAdding] = useState(false);
  if (vetting.error)
    return (
      <>
        <h1>Creator {id}</h1>
        <ErrorBox error={vetting.error} retry={vetting.reload} />
      </>
    );
  const r = vetting.data;
  if (!r) return <Loading what="the vetting report" />;
  const c = detail.data;
  const account = c?.accounts.find((a) => a.id === r.account_id);
  const main = r.price.deliverables[0];
  return (
    <article className="creator">
      <header className="creator-head">
        <div className="creator-id">
          <CreatorPicture accountId={r.account_id} name={c?.display_name ?? r.handle} key={r.account_id} />
          <div>
            <h1>
              {c?.display_name ?? account?.display_name ?? r.handle}{' '}
              {c?.is_demo && (
                <span className="badge demo-badge" title="synthetic demo data, not a real person">
                  demo
                </span>
              )}
            </h1>
            <p className="muted">
              {r.platform}:{r.handle} ·{' '}
              <Num
                formula={
                  <>
                    latest follower count, observed {date(account?.observed_at)} (source {account?.source ?? 'n/a'})
                  </>
                }
              >
                {int(r.followers)} followers
              </Num>{' '}
              · tier {r.tier ?? 'below nano'} · following {int(r.following)}
              {c?.country ? ` · ${c.country}` : ''} · report as of {date(r.as_of)}
            </p>
            {r.your_import && r.your_import.followers !== null && (
              <p className="small muted">
                <Num
                  formula={
                    <>
                      from your import {r.your_import.source}, observed {date(r.your_import.observed_at)}; only your
                      workspace sees it and it changes no vetting number
                    </>
                  }
                >
                  your import: {int(r.your_import.followers)} followers
                </Num>
              </p>
            )}
            {c?.email && (
              <p className="small">
                Email: {c.email}
                {c.your_data?.email ? <span className="muted"> (your data, {c.your_data.source})</span> : null}
              </p>
            )}
            {account?.bio && <p className="bio">{account.bio}</p>}
            {!account?.bio && account?.your_import?.bio && (
              <p className="bio">
                {account.your_import.bio} <span className="muted small">(your import)</span>
              </p>
            )}
            {r.other_accounts.length > 0 && (
              <p className="small">
                Other accounts:{' '}
                {r.other_accounts.map((o) => (
                  <Link key={o.account_id} to={`/creators/${id}?platform=${o.platform}`}>
                    {o.platform}:{o.handle}{' '}
                  </Link>
                ))}
              </p>
            )}
            <p className="small">
              <AccountLink platform={r.platform} handle={r.handle} />
            </p>
          </div>
        </div>
        <div className="head-actions">
          <Can do="campaigns.write">
            <button type="button" className="primary" onClick={() => setAdding(true)}>
              Add to campaign
            </button>
          </Can>
          <Link className="button" to={`/discover?like=${encodeURIComponent(`${r.platform}:${r.handle}`)}`}>
            More like this
          </Link>
        </div>
      </header>
      {adding && (
        <AddToCampaign
          creator={`${r.platform}:${r.handle}`}
          label={c?.display_name ?? `@${r.handle}`}
          currency={me.workspace.currency}
          suggestedFeeMinor={main ? Math.round((main.low + main.high) / 2) : undefined}
          onClose={() => setAdding(false)}
        />
      )}

      <section aria-label="Findings">
        <ul className="findings">
          {r.findings.map((f) => (
            <li key={f.code} className={`finding ${f.severity}`}>
              <span className="sev">{f.severity}</span> {f.message}
            </li>
          ))}
        </ul>
        {r.findings.length === 0 && <p className="muted">Nothing stands out.</p>}
      </section>
      <RelationshipPanel creatorId={id} />
      <Can do="ledger.read">
        <CreatorStatement creatorId={id} />
      </Can>

      <div className="grid-2">
        <Authenticity r={r} />
        <section className="card">
          <h2>Engagement</h2>
          <table className="kv">
            <tbody>
              {r.engagement.map((e) => (
                <tr key={e.formula}>
                  <th scope="row">
                    <code>{e.formula}</code>
                  </th>
                  <td className="num">
                    <Num
                      formula={
                        <>
                          {e.formula} = {ER_FORMULAS[e.formula]}
                          <br />
                          {e.value === null
                            ? `unavailable: ${e.reason}`
                            : `${e.posts_used} posts over ${e.window_days} days, ${e.confidence} confidence (low below 6 posts)`}
                        </>
                      }
                    >
                      <strong>{pct(e.value, 2)}</strong>
                    </Num>
                  </td>
                  <td className="small">
                    {e.value === null ? (
                      e.reason
                    ) : (
                      <>
                        {e.posts_used} posts · {e.window_days} d · {e.confidence}
                      </>
                    )}
                  </td>
                  <td className="small">
                    <Num
                      formula={
                        <>
                          percentile of {e.formula} among {e.tier_accounts} {r.platform} {r.tier ?? ''} accounts of this
                          installation; tier median {pct(e.tier_median, 2)}
                        </>
                      }
                    >
                      {e.tier_percentile === null
                        ? `n/a${e.tier_percentile_reason ? ` (${e.tier_percentile_reason})` : ''}`
                        : `P${Math.round(e.tier_percentile)}`}{' '}
                      in tier
                    </Num>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>
            Creator reply rate <Help doc="numbers">{r.reply_rate.formula}</Help>
          </h3>
          <p>
            {r.reply_rate.value === null ? (
              <span className="muted">n/a — {r.reply_rate.reason}</span>
            ) : (
              <>
                <Num
                  formula={
                    <>
                      reply rate = answered audience threads {r.reply_rate.replied} / audience threads{' '}
                      {r.reply_rate.threads} over {r.reply_rate.posts_considered} posts
                    </>
                  }
                >
                  <strong>{pct(r.reply_rate.value, 0)}</strong>
                </Num>{' '}
                of audience comment threads answered ({r.reply_rate.replied} of {r.reply_rate.threads}), median first
                reply after{' '}
                <Num formula="median hours between an audience comment and the creator's first reply in its thread">
                  {r.reply_rate.median_delay_hours === null ? 'n/a' : `${r.reply_rate.median_delay_hours.toFixed(1)} h`}
                </Num>
              </>
            )}
          </p>
          <h3>Ad fatigue (90 days)</h3>
          <p>
            <Num
              formula={
                <>
                  sponsored share = {r.sponsored.formulas.share_90d} = {r.sponsored.sponsored_posts} /{' '}
                  {r.sponsored.posts}
                </>
              }
            >
              {pct(r.sponsored.share_90d, 0)} sponsored
            </Num>{' '}
            · paid post performance{' '}
            <Num
              formula={
                <>
                  {r.sponsored.formulas.paid_post_performance}: {pct(r.sponsored.sponsored_er, 2)} /{' '}
                  {pct(r.sponsored.organic_er, 2)}
                </>
              }
            >
              {r.sponsored.paid_post_performance === null ? 'n/a' : `${r.sponsored.paid_post_performance.toFixed(2)}×`}
            </Num>
          </p>
          {r.sponsored.missing?.map((m) => (
            <p key={m} className="small muted">
              Insufficient data: {m}
            </p>
          ))}
          {r.sponsored.brands.length > 0 && (
            <p className="small">
              Brands in sponsored posts: {r.sponsored.brands.map((b) => `@${b.handle} (${b.posts})`).join(', ')}
            </p>
          )}
        </section>
      </div>

      <section className="card">
        <h2>Follower growth</h2>
        <p className="small">
          <Num formula="(followers now − followers 30 days ago) / followers 30 days ago">
            30 days {pct(r.growth.d30, 1)}
          </Num>{' '}
          ·{' '}
          <Num formula="(followers now − followers 90 days ago) / followers 90 days ago">
            90 days {pct(r.growth.d90, 1)}
          </Num>{' '}
          · {r.growth.history_points} observations ·{' '}
          <Num formula="posts over the last 90 days / (90 / 7)">
            {r.growth.cadence.posts_per_week.toFixed(1)} posts a week
          </Num>{' '}
          · last post{' '}
          {r.growth.cadence.days_since_last_post === null
            ? 'never'
            : `${Math.floor(r.growth.cadence.days_since_last_post)} days ago`}
        </p>
        <FollowerChart points={r.series.followers} spikes={r.growth.spikes} />
      </section>

      <section className="card">
        <h2>Engagement per post</h2>
        <EngagementChart
          posts={r.series.posts}
          tierMedian={r.engagement.find((e) => e.formula === 'er_followers')?.tier_median ?? null}
          tierLabel={`${r.platform} ${r.tier ?? ''} tier`}
        />
      </section>

      <div className="grid-2">
        <Audience r={r} />
        <Price r={r} />
      </div>
    </article>
  );
}

const LEVEL_LABELS: Record<VettingReportBody['authenticity']['level'], string> = {
  ok: 'Looks genuine',
  watch: 'Watch',
  suspicious: 'Suspicious',
  insufficient_data: 'Insufficient data',
};

function Authenticity({ r }: { r: VettingReportBody }) {
  const a = r.authenticity;
  return (
    <section className={`card authenticity ${a.level}`}>
      <h2>
        Audience authenticity{' '}
        <Help doc="numbers">
          An explained heuristic: 100 minus the named penalties below. It is not a measured percentage of fake
          followers. Suspicious below {a.threshold}.
        </Help>
      </h2>
      {a.score === null ? (
        <div className="insufficient" aria-label="Insufficient data">
          <p className="score-line">
            <strong>Insufficient data</strong> <span className={`level ${a.level}`}>No score</span>
          </p>
          <p>The score needs every one of these; it is missing:</p>
          <ul>
            {a.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="score-line">
          <Num
            formula={
              <>
                100 − {a.reasons.map((x) => x.penalty).join(' − ') || '0'} = {a.score}
              </>
            }
          >
            <strong className="big">{a.score}</strong>/100
          </Num>{' '}
          <span className={`level ${a.level}`}>{LEVEL_LABELS[a.level]}</span>
        </p>
      )}
      {a.score === null ? null : a.reasons.length > 0 ? (
        <ol className="reasons" aria-label="Reasons">
          {a.reasons.map((x) => (
            <li key={x.code}>
              <strong>{titleCase(x.code)}</strong> <span className="penalty">−{x.penalty}</span>
              <br />
              {x.message}
              <br />
              <span className="small muted">
                measured {x.value < 1 && x.value > -1 ? pct(x.value, 2) : int(x.value)} vs {x.band.label} band{' '}
                {x.band.high <= 1
                  ? `${pct(x.band.low, 1)}–${pct(x.band.high, 1)}`
                  : `${int(x.band.low)}–${int(x.band.high)}`}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p>No signal lowered the score.</p>
      )}
      <details>
        <summary>Every check ({a.checks.length})</summary>
        <ul className="checks-list">
          {a.checks.map((c, i) => (
            <li key={i} className={c.status}>
              <span className="sev">{c.status}</span> {c.signal}: {c.detail}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function Audience({ r }: { r: VettingReportBody }) {
  const dims = Object.values(r.audience.dimensions).filter((d) => d !== undefined);
  return (
    <section className="card">
      <h2>
        Audience <SourceBadge source={r.audience.source} />
      </h2>
      {dims.length === 0 && (
        <p className="muted">
          No audience demographics known: ask the creator to connect the account (that makes them verified).
        </p>
      )}
      {dims.map((d) => (
        <div key={d.dimension} className="audience-dim">
          <h3>
            {d.dimension === 'age_gender' ? 'Age × gender' : titleCase(d.dimension)} <SourceBadge source={d.source} />{' '}
            <span className="small muted">
              sample {int(d.sample_size)} · {date(d.as_of)} · {d.origin}
            </span>
          </h3>
          <HBars
            label={`${d.dimension} shares`}
            max={Math.max(...d.segments.map((s) => s.share))}
            items={d.segments.slice(0, 8).map((s) => ({
              key: s.key,
              label: s.key.replace(':', ' · '),
              value: s.share,
              display: pct(s.share, 0),
              tone: d.source,
              tip: (
                <>
                  {pct(s.share, 1)} of the audience is {s.key.replace(':', ' ')} ({d.source}
                  {d.source === 'estimated' ? ', inferred' : ", from the creator's own insights"}; sample{' '}
                  {int(d.sample_size)}, {date(d.as_of)})
                </>
              ),
            }))}
          />
        </div>
      ))}
    </section>
  );
}

function Price({ r }: { r: VettingReportBody }) {
  const p = r.price;
  return (
    <section className="card">
      <h2>
        Fair price range <Help doc="numbers">{p.formula}</Help>
      </h2>
      {p.deliverables.length === 0 ? (
        <p className="muted">n/a — {p.reason}</p>
      ) : (
        <table className="prices">
          <thead>
            <tr>
              <th scope="col">Deliverable</th>
              <th scope="col" className="num">
                Range ({p.currency})
              </th>
              <th scope="col">Inputs</th>
            </tr>
          </thead>
          <tbody>
            {p.deliverables.map((d) => (
              <tr key={d.deliverable}>
                <td>{d.deliverable}</td>
                <td className="num">
                  <Num
                    formula={
                      <>
                        {int(d.inputs.expected_views)} views / 1,000 × ${d.inputs.cpm_usd.low}–${d.inputs.cpm_usd.high}{' '}
                        × {d.inputs.engagement_factor.toFixed(2)} × {d.inputs.fatigue_factor.toFixed(2)} ×{' '}
                        {d.inputs.calibration} × {d.inputs.usd_rate} {p.currency}/USD
                      </>
                    }
                  >
                    <strong>
                      {money(d.low, p.currency, { whole: true })}–{money(d.high, p.currency, { whole: true })}
                    </strong>
                  </Num>
                </td>
                <td className="small">
                  expected views {int(d.inputs.expected_views)} (
                  {d.inputs.views_source === 'own_views' ? 'own median views' : 'followers × tier reach'}) · CPM $
                  {d.inputs.cpm_usd.low}–${d.inputs.cpm_usd.high} · engagement ×{d.inputs.engagement_factor.toFixed(2)}{' '}
                  · fatigue ×{d.inputs.fatigue_factor.toFixed(2)} · 1 USD = {d.inputs.usd_rate} {p.currency}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="small muted">{p.calibration.note}</p>
    </section>
  );
}
