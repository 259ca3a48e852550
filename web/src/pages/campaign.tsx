// A campaign: its creators with tracked links (copy, QR) and codes, the ROAS report (per-creator
// bars, totals, micro vs larger), the attributed orders with rule and flags, and the CSV export.
import { OpenDrawerButton } from '../components/creator-drawer.tsx';
import { useState } from 'react';
import { HBars } from '../components/charts.tsx';
import { CampaignContent } from '../components/campaign-content.tsx';
import { CampaignCodes } from './campaign-codes.tsx';
import { CampaignGifts } from './campaign-gifts.tsx';
import { CopyButton } from '../components/copy-button.tsx';
import { Pager } from '../components/pager.tsx';
import { QrCode } from '../components/qr-code.tsx';
import { Empty, ErrorBox, Loading } from '../components/states.tsx';
import { Help, Num } from '../components/tip.tsx';
import { DEAL_STATUSES } from '../../../src/core/shared/deal-status.ts';
import { api, ApiError, type CampaignDetailBody, type CampaignReportBody } from '../lib/api.ts';
import { date, dateTime, int, money, pct, ratio } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';

type Figures = CampaignReportBody['total'];

export function CampaignPage({ id }: { id: number }) {
  const campaign = useApi(() => api.campaign(id), String(id));
  const report = useApi(() => api.report(id), String(id));
  if (campaign.error)
    return (
      <>
        <h1>Campaign {id}</h1>
        <ErrorBox error={campaign.error} retry={campaign.reload} />
      </>
    );
  const c = campaign.data;
  if (!c) return <Loading what="the campaign" />;
  return (
    <article className="campaign">
      <header className="creator-head">
        <div>
          <h1>{c.name}</h1>
          <p className="muted">
            {c.starts_on ? `${date(c.starts_on)} to ${c.ends_on ? date(c.ends_on) : '…'} · ` : ''}
            {c.window_days}-day attribution window, {c.model.replace('_', ' ')} · costs in {c.currency} ·{' '}
            <a href={c.destination_url} rel="noreferrer noopener" target="_blank">
              {c.destination_url}
            </a>
          </p>
          {c.brief && <p className="bio">{c.brief}</p>}
        </div>
        <div className="head-actions">
          <a className="button" href={`/api/v1/campaigns/${id}/report.csv`} download>
            Export CSV
          </a>
          <Link className="button" to="/discover">
            Find more creators
          </Link>
        </div>
      </header>
      {report.error && <ErrorBox error={report.error} retry={report.reload} />}
      {report.data ? <Report r={report.data} /> : !report.error && <Loading what="the report" />}
      <Creators
        c={c}
        report={report.data}
        onChange={() => {
          campaign.reload();
          report.reload();
        }}
      />
      <CampaignContent id={id} />
      <CampaignCodes id={id} />
      <CampaignGifts id={id} currency={c.currency} />
      <Orders id={id} c={c} />
      {report.data && (
        <section className="card notes">
          <h2>How the figures are computed</h2>
          <ul>
            {Object.values(report.data.notes).map((n) => (
              <li key={n}>{n}</li>
            ))}
            <li>
              ROAS = net revenue / spend; CM-ROAS = (net revenue − cost of goods − payment fees) / spend; CPA = spend /
              orders; CPM = spend / impressions × 1000; CPE = spend / engagements. A zero denominator shows n/a.
            </li>
          </ul>
        </section>
      )}
    </article>
  );
}

const roasTip = (f: Figures, cur: string) => (
  <>
    ROAS = net revenue {money(f.revenue.net_minor, cur)} / spend {money(f.spend.total_minor, cur)}
    {f.spend.total_minor === 0 ? ' (no spend: n/a)' : ''}
  </>
);

function Report({ r }: { r: CampaignReportBody }) {
  const cur = r.currency;
  const t = r.total;
  const mv = r.tiers.micro_vs_larger;
  return (
    <>
      <section className="totals" aria-label="Totals">
        <Stat
          label="Net revenue"
          value={money(t.revenue.net_minor, cur)}
          tip={
            <>
              gross {money(t.revenue.gross_minor, cur)} − refunds {money(t.revenue.refunds_minor, cur)}; subtotals after
              discounts, without tax and shipping
            </>
          }
        />
        <Stat
          label="Spend"
          value={money(t.spend.total_minor, cur)}
          tip={
            <>
              fees {money(t.spend.fee_minor, cur)} + gifted {money(t.spend.gifted_minor, cur)} + shipping{' '}
              {money(t.spend.shipping_minor, cur)} + other {money(t.spend.other_minor, cur)} + commission{' '}
              {money(t.spend.commission_minor, cur)}
            </>
          }
        />
        <Stat label="ROAS" value={ratio(t.roas)} tip={roasTip(t, cur)} testId="total-roas" />
        <Stat
          label="CM-ROAS"
          value={ratio(t.cm_roas)}
          tip={
            <>
              (net revenue {money(t.revenue.net_minor, cur)} − cost of goods {money(t.cogs_minor, cur)} − payment fees{' '}
              {money(t.payment_fees_minor, cur)}) / spend {money(t.spend.total_minor, cur)}
            </>
          }
        />
        <Stat
          label="Orders"
          value={int(t.orders.attributed)}
          tip={
            <>
              {t.orders.first} first + {t.orders.repeat} repeat; {t.orders.new_customers} new,{' '}
              {t.orders.returning_customers} returning customers; {t.orders.cancelled} cancelled (not counted)
            </>
          }
        />
        <Stat
          label="CPA"
          value={money(t.cpa_minor, cur)}
          tip={
            <>
              spend {money(t.spend.total_minor, cur)} / orders {t.orders.attributed}
            </>
          }
        />
        <Stat
          label="Clicks"
          value={int(t.clicks)}
          tip="tracked-link clicks: bots, link previews and HEAD requests excluded; one per visitor per link per hour"
        />
      </section>
      <div className="grid-2">
        <section className="card">
          <h2>ROAS per creator</h2>
          {r.creators.length === 0 ? (
            <Empty title="No creators in this campaign yet.">
              Add creators from <Link to="/discover">Discover</Link> or a creator's profile.
            </Empty>
          ) : (
            <HBars
              label="ROAS per creator"
              reference={t.roas === null ? undefined : { value: t.roas, label: `campaign ROAS ${ratio(t.roas)}` }}
              items={r.creators.map((c) => ({
                key: String(c.enrollment_id),
                label: (
                  <>
                    {c.creator.name ?? c.creator.handle} <span className="muted small">{c.creator.tier ?? 'n/a'}</span>
                  </>
                ),
                value: c.roas,
                display: ratio(c.roas),
                tone: c.creator.tier === 'micro' ? 'micro' : 'larger',
                tip: roasTip(c, cur),
              }))}
            />
          )}
        </section>
        <section className="card">
          <h2>
            Micro vs mid/macro/mega{' '}
            <Help doc="numbers">
              Creators grouped by tier at report time: micro 10k–100k followers; larger = mid, macro and mega.
            </Help>
          </h2>
          <table className="kv">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col" className="num">
                  Creators
                </th>
                <th scope="col" className="num">
                  Spend
                </th>
                <th scope="col" className="num">
                  Net revenue
                </th>
                <th scope="col" className="num">
                  ROAS
                </th>
                <th scope="col" className="num">
                  CPA
                </th>
              </tr>
            </thead>
            <tbody>
              {(['micro', 'larger'] as const).map((k) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td className="num">{mv[k].creators}</td>
                  <td className="num">{money(mv[k].spend_minor, cur)}</td>
                  <td className="num">{money(mv[k].net_revenue_minor, cur)}</td>
                  <td className="num">
                    <Num
                      formula={
                        <>
                          net revenue {money(mv[k].net_revenue_minor, cur)} / spend {money(mv[k].spend_minor, cur)}
                        </>
                      }
                    >
                      {ratio(mv[k].roas)}
                    </Num>
                  </td>
                  <td className="num">
                    <Num formula={<>spend / orders ({mv[k].orders})</>}>{money(mv[k].cpa_minor, cur)}</Num>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </>
  );
}

function Stat({ label, value, tip, testId }: { label: string; value: string; tip: React.ReactNode; testId?: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <span className="stat-label">{label}</span>
      <Num formula={tip}>
        <span className="stat-value">{value}</span>
      </Num>
    </div>
  );
}

function Creators({
  c,
  report,
  onChange,
}: {
  c: CampaignDetailBody;
  report: CampaignReportBody | undefined;
  onChange: () => void;
}) {
  const [qr, setQr] = useState<number | null>(null);
  const [dealError, setDealError] = useState<ApiError>();
  const moveDeal = (creator: string, status: string) => {
    setDealError(undefined);
    api.setDeal(c.id, { creator, status }).then(onChange, (e: unknown) => setDealError(e as ApiError));
  };
  const origin = window.location.origin;
  const figures = new Map(report?.creators.map((f) => [f.enrollment_id, f]));
  const cur = report?.currency ?? c.currency;
  return (
    <section className="card">
      <h2>Creators, links and codes</h2>
      {c.creators.length === 0 ? (
        <Empty title="No creators yet.">
          Use “Add to campaign” on <Link to="/discover">Discover</Link> results or a creator's profile.
        </Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Creator</th>
                <th scope="col">Tracked link</th>
                <th scope="col">Code</th>
                <th scope="col">
                  Deal{' '}
                  <Help>
                    A fee is spend, and recalibrates fair prices, once the deal is agreed. Deals move forward only.
                  </Help>
                </th>
                <th scope="col" className="num">
                  Clicks
                </th>
                <th scope="col" className="num">
                  Orders
                </th>
                <th scope="col" className="num">
                  Net revenue
                </th>
                <th scope="col" className="num">
                  Spend
                </th>
                <th scope="col" className="num">
                  ROAS
                </th>
                <th scope="col" className="num">
                  CM-ROAS
                </th>
                <th scope="col" className="num">
                  CPA
                </th>
                <th scope="col" className="num">
                  CPM
                </th>
                <th scope="col" className="num">
                  CPE
                </th>
                <th scope="col">Flags</th>
              </tr>
            </thead>
            <tbody>
              {c.creators.map((e) => {
                const f = figures.get(e.id);
                const url = e.link ? `${origin}${e.link.path}` : null;
                return (
                  <tr key={e.id} data-testid={`enrollment-${e.account.handle}`}>
                    <td>
                      <Link to={`/creators/${e.creator_id}?platform=${e.account.platform}`}>
                        {e.creator_name ?? e.account.handle}
                      </Link>
                      <br />
                      <span className="small muted">
                        {e.account.platform}:{e.account.handle} · {e.account.tier ?? 'n/a'}
                      </span>{' '}
                      <OpenDrawerButton creatorId={e.creator_id} name={e.creator_name ?? e.account.handle} />
                    </td>
                    <td>
                      {url ? (
                        <>
                          <code className="link">{url}</code>{' '}
                          <CopyButton text={url} label={`link of ${e.account.handle}`} />{' '}
                          <button
                            type="button"
                            className="small"
                            aria-expanded={qr === e.id}
                            onClick={() => setQr(qr === e.id ? null : e.id)}
                          >
                            QR
                          </button>
                          {qr === e.id && (
                            <div className="qr-box">
                              <QrCode text={url} />
                              <span className="small muted">→ {e.link!.destination_url}</span>
                            </div>
                          )}
                        </>
                      ) : (
                        'n/a'
                      )}
                    </td>
                    <td>
                      {e.code ? (
                        <>
                          <code>{e.code}</code> <CopyButton text={e.code} label={`code of ${e.account.handle}`} />
                        </>
                      ) : (
                        <span className="muted">none</span>
                      )}
                    </td>
                    <td>
                      <select
                        aria-label={`deal of ${e.account.handle}`}
                        value={e.deal.status}
                        onChange={(ev) => moveDeal(`${e.account.platform}:${e.account.handle}`, ev.target.value)}
                      >
                        {DEAL_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {s}
                          </option>
                        ))}
                      </select>
                      {!e.deal.fee_is_spend && e.costs.fee_minor > 0 && (
                        <span className="small muted">
                          <br />
                          fee {money(e.costs.fee_minor, e.costs.currency)} not spend yet
                        </span>
                      )}
                    </td>
                    {f ? (
                      <>
                        <td className="num">{int(f.clicks)}</td>
                        <td className="num">
                          <Num
                            formula={
                              <>
                                {f.by_rule.discount_code} by code, {f.by_rule.click} by click,{' '}
                                {f.by_rule.known_customer} known customer; {f.orders.repeat} repeat
                              </>
                            }
                          >
                            {int(f.orders.attributed)}
                          </Num>
                        </td>
                        <td className="num">
                          <Num
                            formula={
                              <>
                                gross {money(f.revenue.gross_minor, cur)} − refunds{' '}
                                {money(f.revenue.refunds_minor, cur)}
                              </>
                            }
                          >
                            {money(f.revenue.net_minor, cur)}
                          </Num>
                        </td>
                        <td className="num">
                          <Num
                            formula={
                              <>
                                fee {money(f.spend.fee_minor, cur)} + gifted {money(f.spend.gifted_minor, cur)} +
                                shipping {money(f.spend.shipping_minor, cur)} + other {money(f.spend.other_minor, cur)}{' '}
                                + commission {money(f.spend.commission_minor, cur)} ({pct(f.commission_bps / 10_000, 1)}{' '}
                                of net revenue)
                              </>
                            }
                          >
                            {money(f.spend.total_minor, cur)}
                          </Num>
                        </td>
                        <td className="num" data-testid="roas">
                          <Num formula={roasTip(f, cur)}>
                            <strong>{ratio(f.roas)}</strong>
                          </Num>
                        </td>
                        <td className="num">
                          <Num
                            formula={
                              <>
                                (net revenue − cost of goods {money(f.cogs_minor, cur)} − payment fees{' '}
                                {money(f.payment_fees_minor, cur)}) / spend
                              </>
                            }
                          >
                            {ratio(f.cm_roas)}
                          </Num>
                        </td>
                        <td className="num">
                          <Num formula={<>spend / orders ({f.orders.attributed})</>}>{money(f.cpa_minor, cur)}</Num>
                        </td>
                        <td className="num">
                          <Num formula={<>spend / impressions ({int(f.impressions)}) × 1000</>}>
                            {money(f.cpm_minor, cur)}
                          </Num>
                        </td>
                        <td className="num">
                          <Num formula={<>spend / engagements ({int(f.engagements)})</>}>{money(f.cpe_minor, cur)}</Num>
                        </td>
                        <td>
                          {f.flags.self_referral > 0 && (
                            <span className="badge warn">self-referral {f.flags.self_referral}</span>
                          )}{' '}
                          {f.flags.coupon_site > 0 && (
                            <span className="badge warn">coupon site {f.flags.coupon_site}</span>
                          )}{' '}
                          {f.code_leak.suspected && (
                            <Num
                              formula={
                                <>
                                  {f.code_leak.reason}: {f.code_leak.evidence.redemptions} redemptions (
                                  {f.code_leak.evidence.coupon_site_redemptions} from coupon sites),{' '}
                                  {f.code_leak.evidence.clicks} clicks × campaign conversion{' '}
                                  {pct(f.code_leak.evidence.campaign_conversion_rate, 2)} ={' '}
                                  {f.code_leak.evidence.explained_by_clicks} explained.
                                  <br />
                                  {report?.notes.code_leak}
                                </>
                              }
                            >
                              <span className="badge warn" data-testid="code-leak">
                                code leak suspected
                              </span>
                            </Num>
                          )}
                        </td>
                      </>
                    ) : (
                      <td colSpan={10} className="muted">
                        {report ? 'no figures' : 'loading…'}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ErrorBox error={dealError} />
    </section>
  );
}

const RULES: Record<string, string> = {
  known_customer: 'known customer (already attributed within the window)',
  discount_code: 'creator discount code',
  click: 'tracked-link click',
  unattributed: 'unattributed',
};

function Orders({ id, c }: { id: number; c: CampaignDetailBody }) {
  const [page, setPage] = useState(1);
  const orders = useApi(() => api.orders(id, page), `${id}:${page}`);
  const byEnrollment = new Map(c.creators.map((e) => [e.id, e]));
  return (
    <section className="card">
      <h2>
        Attributed orders{' '}
        <Help doc="rules">
          Each order names the rule that credited it (known customer, discount code, click), its evidence and its flags.
        </Help>
      </h2>
      <ErrorBox error={orders.error} retry={orders.reload} />
      {orders.data && orders.data.total === 0 && (
        <Empty title="No orders attributed yet.">
          Orders arrive through the store webhooks (Shopify, WooCommerce) or `microreach orders import`.
        </Empty>
      )}
      {orders.data && orders.data.total > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Placed</th>
                  <th scope="col" className="num">
                    Subtotal
                  </th>
                  <th scope="col" className="num">
                    Refunded
                  </th>
                  <th scope="col">Creator</th>
                  <th scope="col">Rule</th>
                  <th scope="col">Evidence</th>
                  <th scope="col">Flags</th>
                </tr>
              </thead>
              <tbody>
                {orders.data.items.map((o) => {
                  const a = o.attribution;
                  const e = a?.enrollment_id ? byEnrollment.get(a.enrollment_id) : undefined;
                  const ev = (a?.evidence ?? {}) as Record<string, unknown>;
                  return (
                    <tr key={o.id} className={o.cancelled_at ? 'cancelled' : ''}>
                      <td>
                        {o.name ?? o.external_id}
                        {o.cancelled_at && <span className="badge">cancelled</span>}
                      </td>
                      <td>{dateTime(o.placed_at)}</td>
                      <td className="num">{money(o.subtotal_minor, o.currency)}</td>
                      <td className="num">{o.refunded_minor ? money(o.refunded_minor, o.currency) : '—'}</td>
                      <td>{e ? (e.creator_name ?? e.account.handle) : 'n/a'}</td>
                      <td>
                        {a ? <Num formula={RULES[a.rule] ?? a.rule}>{a.rule.replace('_', ' ')}</Num> : 'n/a'}
                        {a?.is_repeat && <span className="badge">repeat</span>}
                        {a?.is_new_customer === true && <span className="badge">new customer</span>}
                      </td>
                      <td className="small">
                        {typeof ev.code === 'string' ? (
                          <>
                            code <code>{ev.code}</code>{' '}
                          </>
                        ) : (
                          ''
                        )}
                        {typeof ev.click_id === 'string' ? (
                          <>
                            click <code>{ev.click_id}</code>
                          </>
                        ) : (
                          ''
                        )}
                        {typeof ev.first_order_at === 'string' ? <>first order {date(ev.first_order_at)}</> : ''}
                      </td>
                      <td>
                        {a?.flags.map((f) => (
                          <Num key={f.kind} className="badge warn" formula={f.reason}>
                            {f.kind.replace('_', ' ')}
                          </Num>
                        ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager page={page} perPage={orders.data.per_page} total={orders.data.total} onPage={setPage} label="orders" />
        </>
      )}
    </section>
  );
}
