// Discover: the brief as a form, the ranked results as a table with the fit score and its components,
// the price range, a one-line explanation, "more like this" and "add to campaign"; rows are selectable
// (one by one, or "select all passing") for the selection bar's bulk actions, and open the creator drawer.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { AddToCampaign } from '../components/add-to-campaign.tsx';
import { SelectionBar } from '../components/selection-bar.tsx';
import { openCreator, searchWithoutDrawer } from '../lib/creator-drawer.ts';
import { FitBars } from '../components/charts.tsx';
import { Pager, pageOf } from '../components/pager.tsx';
import { Empty, ErrorBox } from '../components/states.tsx';
import { isWarmingUp, WarmingUp } from '../components/warming-up.tsx';
import { Help, Num } from '../components/tip.tsx';
import { api, ApiError, type BriefBody, type DiscoverResponse, type DiscoverResult, type MeBody } from '../lib/api.ts';
import { DISCOVERY_FORMULAS } from '../../../src/core/shared/discovery-formulas.ts';
import { int, money, pct, ratio } from '../lib/format.ts';
import { Link, navigate } from '../lib/router.tsx';
import {
  AGE_BANDS,
  briefInUrl,
  COMPONENTS,
  demoBrief,
  emptyBrief,
  fromBrief,
  GENDERS,
  TIERS,
  toBrief,
  urlOfBrief,
  type BriefForm,
} from './brief-form.ts';
import { SavedBriefs } from './saved-briefs.tsx';
import { Can, useCan } from '../lib/permissions.tsx';

const PER_PAGE = 25;

export function DiscoverPage({ me, like }: { me: MeBody; like?: string }) {
  const initial = () => {
    const inUrl = like ? null : briefInUrl(window.location.search);
    return inUrl
      ? fromBrief(inUrl, me.workspace.currency)
      : me.workspace.is_demo
        ? demoBrief()
        : emptyBrief(me.workspace.currency);
  };
  const [form, setForm] = useState<BriefForm>(initial);
  const [answer, setAnswer] = useState<DiscoverResponse>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState<DiscoverResult>();
  // Selected account ids; a new answer starts a new selection.
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const set = <K extends keyof BriefForm>(key: K, value: BriefForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'tiers' | 'genders' | 'ageBands', value: string) =>
    setForm((f) => ({ ...f, [key]: f[key].includes(value) ? f[key].filter((v) => v !== value) : [...f[key], value] }));

  const [relaxed, setRelaxed] = useState(false);
  const run = async (seeds?: string, relax = false, given: BriefForm = form) => {
    setError(undefined);
    setBusy(true);
    try {
      const brief = toBrief(given);
      if (relax) {
        delete brief.min_authenticity;
        delete brief.max_sponsored_share;
      }
      setRelaxed(relax);
      setAnswer(seeds ? await api.lookalikes({ ...brief, like: [seeds] }) : await api.discover(brief));
      setPage(1);
      setSelected(new Set());
    } catch (e) {
      setError(e as ApiError);
      setAnswer(undefined);
    } finally {
      setBusy(false);
    }
  };
  // Opening the page runs the brief (the URL's, else the demo brief in the demo workspace); ?like= runs
  // lookalikes. The brief lives in the URL: running one pushes it, and Back / Forward / reload run the
  // URL's brief again, so a link to the page is a link to the search.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on opening and on a new ?like= only, not on every edit of the form
  useEffect(() => {
    void run(like);
  }, [like]);
  useEffect(() => {
    if (like) return undefined;
    // Opening or closing the creator drawer changes only ?creator=: not a new brief, so nothing is re-run.
    let brief = searchWithoutDrawer(window.location.search);
    const follow = () => {
      if (
        window.location.pathname.replace(/\/+$/, '') !== '/discover' ||
        new URLSearchParams(window.location.search).has('like')
      )
        return;
      const now = searchWithoutDrawer(window.location.search);
      if (now === brief) return;
      brief = now;
      const next = initial();
      setForm(next);
      void run(undefined, false, next);
    };
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [like]);

  const open = (brief: BriefBody) => navigate(urlOfBrief(brief));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (like) navigate('/discover');
    else open(toBrief(form));
  };

  return (
    <div className="discover">
      <h1>
        {like ? (
          <>
            Creators like <code>{like}</code>
          </>
        ) : (
          'Discover creators'
        )}
      </h1>
      {like && (
        <p>
          <Link to="/discover">← Back to the brief</Link>
        </p>
      )}
      <form className="brief" onSubmit={submit} aria-label="Brief">
        {!like && <SavedBriefs current={() => toBrief(form)} onOpen={open} />}
        <fieldset>
          <legend>Niche</legend>
          <label>
            Keywords{' '}
            <input
              name="keywords"
              value={form.keywords}
              onChange={(e) => set('keywords', e.target.value)}
              placeholder="anklet, barefoot sandals"
            />
          </label>
          <label>
            Hashtags{' '}
            <input
              name="hashtags"
              value={form.hashtags}
              onChange={(e) => set('hashtags', e.target.value)}
              placeholder="anklets"
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>Size</legend>
          <div className="radios" role="radiogroup" aria-label="Size by">
            <label className="inline">
              <input type="radio" name="size" checked={form.size === 'range'} onChange={() => set('size', 'range')} />{' '}
              Follower range
            </label>
            <label className="inline">
              <input type="radio" name="size" checked={form.size === 'tiers'} onChange={() => set('size', 'tiers')} />{' '}
              Tiers
            </label>
          </div>
          {form.size === 'range' ? (
            <div className="row">
              <label>
                Min followers{' '}
                <input
                  name="minFollowers"
                  placeholder="10k"
                  value={form.minFollowers}
                  onChange={(e) => set('minFollowers', e.target.value)}
                />
              </label>
              <label>
                Max followers{' '}
                <input
                  name="maxFollowers"
                  placeholder="50k"
                  value={form.maxFollowers}
                  onChange={(e) => set('maxFollowers', e.target.value)}
                />
              </label>
            </div>
          ) : (
            <div className="checks">
              {TIERS.map((t) => (
                <label key={t} className="inline">
                  <input type="checkbox" checked={form.tiers.includes(t)} onChange={() => toggle('tiers', t)} /> {t}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <fieldset>
          <legend>Audience segment</legend>
          <div className="checks">
            {GENDERS.map((g) => (
              <label key={g} className="inline">
                <input type="checkbox" checked={form.genders.includes(g)} onChange={() => toggle('genders', g)} /> {g}
              </label>
            ))}
          </div>
          <div className="checks">
            {AGE_BANDS.map((a) => (
              <label key={a} className="inline">
                <input type="checkbox" checked={form.ageBands.includes(a)} onChange={() => toggle('ageBands', a)} /> {a}
              </label>
            ))}
          </div>
          <div className="row">
            <label>
              Countries{' '}
              <input
                name="countries"
                value={form.countries}
                onChange={(e) => set('countries', e.target.value)}
                placeholder="United Kingdom, US"
              />
            </label>
            <label>
              Min match %{' '}
              <input inputMode="numeric" value={form.minMatch} onChange={(e) => set('minMatch', e.target.value)} />
            </label>
          </div>
          <div className="radios" role="radiogroup" aria-label="Use them as">
            <label className="inline">
              <input
                type="radio"
                name="countryMode"
                checked={form.countryMode === 'weight'}
                onChange={() => set('countryMode', 'weight')}
              />{' '}
              a weight in the audience match
            </label>
            <label className="inline">
              <input
                type="radio"
                name="countryMode"
                checked={form.countryMode === 'filter'}
                onChange={() => set('countryMode', 'filter')}
              />{' '}
              a filter: at least
            </label>
            <label className="inline">
              <input
                aria-label="Minimum share %"
                inputMode="numeric"
                size={3}
                value={form.minCountryPct}
                disabled={form.countryMode !== 'filter'}
                onChange={(e) => set('minCountryPct', e.target.value)}
              />{' '}
              % of the audience
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>Thresholds</legend>
          <div className="row">
            <label>
              Min authenticity{' '}
              <input
                name="minAuthenticity"
                inputMode="numeric"
                value={form.minAuthenticity}
                onChange={(e) => set('minAuthenticity', e.target.value)}
              />
            </label>
            <label>
              Max sponsored %{' '}
              <input
                name="maxSponsored"
                inputMode="numeric"
                value={form.maxSponsoredPct}
                onChange={(e) => set('maxSponsoredPct', e.target.value)}
              />
            </label>
          </div>
          <div className="row">
            <label>
              Min engagement percentile{' '}
              <input
                inputMode="numeric"
                value={form.minEngagementPercentile}
                onChange={(e) => set('minEngagementPercentile', e.target.value)}
              />
            </label>
            <label>
              Min reply rate %{' '}
              <input
                inputMode="numeric"
                value={form.minReplyPct}
                onChange={(e) => set('minReplyPct', e.target.value)}
              />
            </label>
          </div>
          <label className="inline">
            <input type="checkbox" checked={form.hasEmail} onChange={(e) => set('hasEmail', e.target.checked)} /> has an
            email
          </label>
          <label className="inline">
            <input
              type="checkbox"
              name="includeDemo"
              checked={form.includeDemo}
              onChange={(e) => set('includeDemo', e.target.checked)}
            />{' '}
            include demo creators (synthetic)
          </label>
        </fieldset>
        <fieldset>
          <legend>Budget per post</legend>
          <div className="row">
            <label>
              Amount{' '}
              <input
                name="budget"
                placeholder="400 or £400"
                value={form.budget}
                onChange={(e) => set('budget', e.target.value)}
              />
            </label>
            <label>
              Currency{' '}
              <select value={form.budgetCurrency} onChange={(e) => set('budgetCurrency', e.target.value)}>
                {[...new Set([me.workspace.currency, 'GBP', 'USD', 'EUR'])].map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
        <fieldset className="weights">
          <legend>
            Weights <Help doc="numbers">{DISCOVERY_FORMULAS.fit_score}.</Help>
          </legend>
          {COMPONENTS.map((c) => (
            <label key={c} className="slider">
              {c.replace('_', ' ')}
              <input
                type="range"
                min={0}
                max={100}
                step={5}
                value={form.weights[c]}
                onChange={(e) => set('weights', { ...form.weights, [c]: Number(e.target.value) })}
                aria-valuetext={`${form.weights[c]}`}
              />
              <output>{form.weights[c]}</output>
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <label className="inline">
            Show{' '}
            <select value={form.limit} onChange={(e) => set('limit', e.target.value)}>
              {['25', '100', '500'].map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>{' '}
            best
          </label>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Searching…' : 'Find creators'}
          </button>
          <button
            type="button"
            onClick={() => setForm(me.workspace.is_demo ? demoBrief() : emptyBrief(me.workspace.currency))}
          >
            Reset
          </button>
        </div>
      </form>

      <section className="results" aria-live="polite" aria-busy={busy}>
        {isWarmingUp(error) ? (
          <WarmingUp error={error} retry={() => void run(like, relaxed)} />
        ) : (
          <ErrorBox error={error} />
        )}
        {answer && (
          <Results
            answer={answer}
            page={page}
            setPage={setPage}
            onAdd={setAdding}
            selected={selected}
            setSelected={setSelected}
            relaxed={relaxed}
          />
        )}
        <SelectionBar accountIds={[...selected]} onClear={() => setSelected(new Set())} />
        {answer && (form.minAuthenticity || form.maxSponsoredPct) && (
          <p className="relax muted">
            {relaxed ? (
              <>
                Showing the creators the thresholds left out too (no minimum authenticity, no maximum sponsored share).{' '}
                <button type="button" className="small" onClick={() => void run(like)}>
                  Apply the thresholds again
                </button>
              </>
            ) : (
              <>
                Your thresholds (min authenticity {form.minAuthenticity || 'none'}, max sponsored{' '}
                {form.maxSponsoredPct ? `${form.maxSponsoredPct} %` : 'none'}) leave suspicious and heavily sponsored
                creators out.{' '}
                <button type="button" className="small" onClick={() => void run(like, true)}>
                  Show them too
                </button>
              </>
            )}
          </p>
        )}
      </section>
      {adding && (
        <AddToCampaign
          creator={`${adding.platform}:${adding.handle}`}
          label={adding.display_name ?? `@${adding.handle}`}
          currency={answer?.currency ?? me.workspace.currency}
          suggestedFeeMinor={adding.price.suggested_fee}
          onClose={() => setAdding(undefined)}
        />
      )}
    </div>
  );
}

function Results({
  answer,
  page,
  setPage,
  onAdd,
  selected,
  setSelected,
  relaxed,
}: {
  answer: DiscoverResponse;
  page: number;
  setPage: (p: number) => void;
  onAdd: (r: DiscoverResult) => void;
  selected: ReadonlySet<number>;
  setSelected: (s: ReadonlySet<number>) => void;
  /** The thresholds were dropped: some rows do not pass the brief, so "select all passing" is off. */
  relaxed: boolean;
}) {
  const canList = useCan('relationships.write');
  const canEnroll = useCan('campaigns.write');
  const canSelect = canList || canEnroll;
  if (answer.results.length === 0 && !answer.include_demo && answer.total_matched === 0) {
    return (
      <Empty title="No creator of yours matches this brief.">
        Discover ranks creators read through the platform APIs. <Link to="/imports">Import creators</Link> (a CSV of
        your list, or Instagram / YouTube data with <code>microreach import instagram</code>), connect your store to
        measure campaigns (<code>microreach store connect</code>), or tick “include demo creators” to try the brief on
        the synthetic demo data.
      </Empty>
    );
  }
  if (answer.results.length === 0) {
    return (
      <Empty title="No creator matches this brief.">
        Loosen a filter (follower range, thresholds, audience) or remove a keyword.{' '}
        {answer.total_matched === 0 ? 'No creator passed every filter.' : ''}
      </Empty>
    );
  }
  const rows = pageOf(answer.results, page, PER_PAGE);
  const weights = Object.entries(answer.weights)
    .filter(([, w]) => w > 0)
    .map(([c, w]) => `${c.replace('_', ' ')} ${w}`)
    .join(', ');
  return (
    <>
      <p className="muted">
        {int(answer.total_matched)} creators pass every filter; showing the best {answer.results.length} by fit score (
        {answer.took_ms} ms). Prices in {answer.currency}.
        {answer.audience_countries && (
          <>
            {' '}
            Audience countries {answer.audience_countries.countries.join(', ')} used as{' '}
            {answer.audience_countries.mode === 'filter'
              ? `a filter (at least ${pct(answer.audience_countries.min_share, 0)} of the audience)`
              : 'a weight in the audience match'}
            .
          </>
        )}{' '}
        <Help doc="numbers">
          {answer.formulas.fit_score}. Weights: {weights}.
        </Help>
      </p>
      {canSelect && (
        <div className="actions">
          <button
            type="button"
            disabled={relaxed}
            onClick={() => setSelected(new Set(answer.results.map((r) => r.account_id)))}
            title={relaxed ? 'Apply the thresholds again: some rows shown now do not pass them' : undefined}
          >
            Select all {int(answer.results.length)} passing
          </button>
          {relaxed && <span className="muted small">Apply the thresholds again to select all passing.</span>}
        </div>
      )}
      <div className="table-wrap">
        <table className="results-table">
          <thead>
            <tr>
              {canSelect && (
                <th scope="col" className="select-cell">
                  <span className="sr-only">Select</span>
                </th>
              )}
              <th scope="col">#</th>
              <th scope="col">Creator</th>
              <th scope="col" className="num">
                Followers
              </th>
              <th scope="col">Fit</th>
              <th scope="col">Components</th>
              <th scope="col" className="num">
                Post price
              </th>
              <th scope="col" className="num">
                Expected ROAS
              </th>
              <th scope="col">Why</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.account_id}>
                {canSelect && (
                  <td className="select-cell">
                    <input
                      type="checkbox"
                      aria-label={`Select ${r.display_name ?? r.handle} (${r.platform}:${r.handle})`}
                      checked={selected.has(r.account_id)}
                      onChange={(e) => {
                        const next = new Set(selected);
                        if (e.target.checked) next.add(r.account_id);
                        else next.delete(r.account_id);
                        setSelected(next);
                      }}
                    />
                  </td>
                )}
                <td className="num muted">{(page - 1) * PER_PAGE + i + 1}</td>
                <td className="creator-cell">
                  <Link to={`/creators/${r.creator_id}?platform=${r.platform}`} className="creator-link">
                    {r.display_name ?? r.handle}
                  </Link>
                  {r.is_demo && (
                    <span className="badge demo-badge" title="synthetic demo data, not a real person">
                      demo
                    </span>
                  )}
                  {r.authenticity.level === 'suspicious' && (
                    <span className="badge suspicious-badge">suspicious audience</span>
                  )}
                  <br />
                  <span className="muted small">
                    {r.platform}:{r.handle} · {r.tier ?? 'n/a'}
                    {r.country ? ` · ${r.country}` : ''}
                  </span>
                </td>
                <td className="num">{int(r.followers)}</td>
                <td className="num">
                  <Num
                    formula={
                      <>
                        Fit score = weighted mean of the components:
                        <br />
                        {Object.entries(r.fit.components)
                          .filter(([, c]) => c.weight > 0)
                          .map(([n, c]) => `${n.replace('_', ' ')} ${Math.round(c.value * 100)} % × ${c.weight}`)
                          .join(' + ')}
                      </>
                    }
                  >
                    <strong className="score">{r.fit.score.toFixed(0)}</strong>
                  </Num>
                </td>
                <td>
                  <FitBars components={r.fit.components} />
                  {r.fit.audience_match && (
                    <div className="small">
                      <Num
                        formula={
                          <>
                            Share of the audience inside the brief's segment (age × gender{' '}
                            {pct(r.fit.audience_match.age_gender, 0)}, country {pct(r.fit.audience_match.country, 0)});
                            source {r.fit.audience_match.source ?? 'unknown'}
                          </>
                        }
                      >
                        audience {pct(r.fit.audience_match.value, 0)}
                      </Num>{' '}
                      <SourceBadge source={r.fit.audience_match.source} />
                    </div>
                  )}
                </td>
                <td className="num">
                  <PriceCell r={r} currency={answer.currency} formula={answer.formulas.fair_price} />
                </td>
                <td className="num">
                  <RoasCell r={r} currency={answer.currency} formula={answer.formulas.expected_roas} />
                </td>
                <td className="why">{r.explanation}</td>
                <td className="row-actions">
                  <Link
                    to={`/discover?like=${encodeURIComponent(`${r.platform}:${r.handle}`)}`}
                    className="button small"
                  >
                    More like this
                  </Link>
                  <button
                    type="button"
                    className="small"
                    onClick={() => openCreator(r.creator_id)}
                    aria-label={`Relationship with ${r.display_name ?? r.handle}`}
                  >
                    Relationship
                  </button>
                  <Can do="campaigns.write">
                    <button type="button" className="small" onClick={() => onAdd(r)}>
                      Add to campaign
                    </button>
                  </Can>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} perPage={PER_PAGE} total={answer.results.length} onPage={setPage} label="results" />
    </>
  );
}

function PriceCell({ r, currency, formula }: { r: DiscoverResult; currency: string; formula: string }) {
  const main = r.price.deliverables[0];
  if (!main) return <>n/a</>;
  const i = main.inputs;
  const tip: ReactNode = (
    <>
      Fair {main.deliverable} price = {formula}:<br />
      {int(i.expected_views)} views ({i.views_source === 'own_views' ? 'own median views' : 'followers × tier reach'}) /
      1,000 × ${i.cpm_usd.low}–${i.cpm_usd.high} × {i.engagement_factor.toFixed(2)} × {i.fatigue_factor.toFixed(2)} ×{' '}
      {i.calibration} × {i.usd_rate} = {money(main.low, currency)}–{money(main.high, currency)}
      <br />
      {r.price.calibration.note}
    </>
  );
  return (
    <Num formula={tip}>
      {money(main.low, currency, { whole: true })}–{money(main.high, currency, { whole: true })}
    </Num>
  );
}

const INPUT_NAMES = {
  click_through: 'click-through',
  conversion: 'conversion',
  average_order_value: 'average order value',
} as const;

/** The tooltip carries every input at full precision, so the multiplication it shows gives the number shown. */
function RoasCell({ r, currency, formula }: { r: DiscoverResult; currency: string; formula: string }) {
  const e = r.price.expected_roas;
  const i = e.inputs;
  const band = (side: 'low' | 'high') => (
    <>
      {int(i.expected_views)} × {exact(i.click_through[side])} × {exact(i.conversion[side])} ×{' '}
      {money(i.average_order_value, currency)} / {money(i.price, currency)} = {ratio(e[side], 2)}
    </>
  );
  const tip: ReactNode = (
    <>
      {formula} ({e.deliverable}):
      <br />
      low {band('low')}
      <br />
      high {band('high')}
      <br />
      {i.assumptions.length ? (
        <>Assumptions (public defaults, not your data): {i.assumptions.map((a) => INPUT_NAMES[a]).join(', ')}.</>
      ) : (
        'Every input comes from your own orders and clicks.'
      )}
      {i.sources.average_order_value === 'brand_history' || i.sources.conversion === 'brand_history' ? (
        <>
          {' '}
          From your history:{' '}
          {(['conversion', 'average_order_value'] as const)
            .filter((k) => i.sources[k] === 'brand_history')
            .map((k) => INPUT_NAMES[k])
            .join(', ')}
          .
        </>
      ) : null}
    </>
  );
  return (
    <Num formula={tip}>
      {ratio(e.low, 2)}–{ratio(e.high, 2)}
      {i.assumptions.length > 0 && (
        <span className="muted small" title="uses assumed inputs">
          {' '}
          *
        </span>
      )}
    </Num>
  );
}

/** 0.015 → "1.5 %", 0.0123456 → "1.23456 %": every digit the calculation used (up to 6 significant). */
const exact = (x: number) => `${Number((x * 100).toPrecision(6))} %`;

export const SourceBadge = ({ source }: { source: string | null }) =>
  source ? <span className={`badge ${source}`}>{source}</span> : <span className="badge unknown">no data</span>;
