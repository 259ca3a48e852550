// Small SVG charts drawn by hand (a few shapes, no chart library): every mark is focusable and shows
// its numbers and formula on hover or keyboard focus.
import { useState, type ReactNode } from 'react';
import { compact, date, int, pct } from '../lib/format.ts';
import { Num } from './tip.tsx';

interface TipState {
  x: number;
  y: number;
  content: ReactNode;
}

function useChartTip() {
  const [tip, setTip] = useState<TipState | null>(null);
  const bind = (x: number, y: number, content: ReactNode) => ({
    tabIndex: 0,
    onMouseEnter: () => setTip({ x, y, content }),
    onFocus: () => setTip({ x, y, content }),
    onMouseLeave: () => setTip(null),
    onBlur: () => setTip(null),
  });
  return { tip, bind };
}

function Frame({
  width,
  height,
  tip,
  label,
  children,
  legend,
}: {
  width: number;
  height: number;
  tip: TipState | null;
  label: string;
  children: ReactNode;
  legend?: ReactNode;
}) {
  return (
    <figure className="chart">
      <div className="chart-box">
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
          {children}
        </svg>
        {tip && (
          <div
            className="chart-tip"
            role="tooltip"
            style={{ left: `${(tip.x / width) * 100}%`, top: `${(tip.y / height) * 100}%` }}
          >
            {tip.content}
          </div>
        )}
      </div>
      {legend && <figcaption className="legend">{legend}</figcaption>}
    </figure>
  );
}

const W = 720;
const H = 220;
const PAD = { left: 52, right: 12, top: 14, bottom: 28 };

function scale(domain: [number, number], range: [number, number]) {
  const [d0, d1] = domain;
  const span = d1 - d0 || 1;
  return (v: number) => range[0] + ((v - d0) / span) * (range[1] - range[0]);
}

function yTicks(min: number, max: number, count = 4) {
  return Array.from({ length: count + 1 }, (_, i) => min + ((max - min) * i) / count);
}

export interface Spike {
  at: string;
  from: number;
  to: number;
  change: number;
  explained: boolean;
  explanation: string;
}

/** Follower history with each detected spike marked, its size in the tooltip. */
export function FollowerChart({ points, spikes }: { points: { at: string; followers: number }[]; spikes: Spike[] }) {
  const { tip, bind } = useChartTip();
  if (points.length < 2)
    return (
      <p className="muted">
        Not enough follower history to draw ({points.length} point{points.length === 1 ? '' : 's'}).
      </p>
    );
  const times = points.map((p) => Date.parse(p.at));
  const values = points.map((p) => p.followers);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const margin = (hi - lo) * 0.1 || hi * 0.05 || 1;
  const x = scale([Math.min(...times), Math.max(...times)], [PAD.left, W - PAD.right]);
  const y = scale([lo - margin, hi + margin], [H - PAD.bottom, PAD.top]);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(times[i]!).toFixed(1)} ${y(p.followers).toFixed(1)}`).join('');
  const every = Math.max(1, Math.floor(points.length / 40));
  return (
    <Frame
      width={W}
      height={H}
      tip={tip}
      label={`Followers over ${points.length} observations, ${spikes.length} spike(s)`}
      legend={
        <>
          <span className="key line" /> followers <span className="key spike" /> spike (unexplained){' '}
          <span className="key spike explained" /> spike (engagement followed)
        </>
      }
    >
      {yTicks(lo - margin, hi + margin).map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="grid" />
          <text x={PAD.left - 6} y={y(t) + 4} className="axis" textAnchor="end">
            {compact(t)}
          </text>
        </g>
      ))}
      <text x={PAD.left} y={H - 8} className="axis">
        {date(points[0]!.at)}
      </text>
      <text x={W - PAD.right} y={H - 8} className="axis" textAnchor="end">
        {date(points[points.length - 1]!.at)}
      </text>
      <path d={path} className="series-line" />
      {points.map(
        (p, i) =>
          (i % every === 0 || i === points.length - 1) && (
            <circle
              key={p.at}
              cx={x(times[i]!)}
              cy={y(p.followers)}
              r={5}
              className="hit"
              {...bind(
                x(times[i]!),
                y(p.followers),
                <>
                  <strong>{date(p.at)}</strong>
                  <br />
                  {int(p.followers)} followers
                </>,
              )}
            />
          ),
      )}
      {spikes.map((s) => {
        const cx = x(Date.parse(s.at));
        const cy = y(s.to);
        return (
          <g
            key={s.at}
            className={`spike-mark ${s.explained ? 'explained' : ''}`}
            {...bind(
              cx,
              cy,
              <>
                <strong>
                  Spike on {date(s.at)}: +{pct(s.change, 0)}
                </strong>
                <br />
                {int(s.from)} → {int(s.to)} followers (+{int(s.to - s.from)})<br />
                {s.explained ? 'Explained' : 'Unexplained'}: {s.explanation}
                <br />
                <span className="muted">spike = a day-over-day jump far outside this account's own variation</span>
              </>,
            )}
            aria-label={`Spike on ${date(s.at)}: plus ${pct(s.change, 0)}`}
          >
            <circle cx={cx} cy={cy} r={7} />
            <text x={cx} y={cy - 11} textAnchor="middle" className="spike-label">
              +{pct(s.change, 0)}
            </text>
          </g>
        );
      })}
    </Frame>
  );
}

export interface PostPoint {
  id: string;
  posted_at: string;
  type: string;
  likes: number | null;
  comments: number | null;
  views: number | null;
  followers_at: number | null;
  er: number | null;
  sponsored: boolean;
  sponsored_evidence: string[];
  in_er_followers: boolean;
  too_recent: boolean;
}

/** Engagement of each recent post, sponsored posts highlighted, with the tier median as a reference line. */
export function EngagementChart({
  posts,
  tierMedian,
  tierLabel,
}: {
  posts: PostPoint[];
  tierMedian: number | null;
  tierLabel: string;
}) {
  const { tip, bind } = useChartTip();
  if (posts.length === 0) return <p className="muted">No posts known.</p>;
  const ers = posts.map((p) => p.er ?? 0);
  const top = Math.max(...ers, tierMedian ?? 0) * 1.15 || 0.01;
  const band = (W - PAD.left - PAD.right) / posts.length;
  const y = scale([0, top], [H - PAD.bottom, PAD.top]);
  return (
    <Frame
      width={W}
      height={H}
      tip={tip}
      label={`Engagement rate of ${posts.length} posts; sponsored posts highlighted`}
      legend={
        <>
          <span className="key organic" /> organic post <span className="key sponsored" /> sponsored post{' '}
          <span className="key faded" /> not in er_followers (older than the last 12, or younger than 48 h){' '}
          <span className="key median" /> {tierLabel} median
        </>
      }
    >
      {yTicks(0, top).map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="grid" />
          <text x={PAD.left - 6} y={y(t) + 4} className="axis" textAnchor="end">
            {pct(t, 1)}
          </text>
        </g>
      ))}
      {posts.map((p, i) => {
        const bx = PAD.left + i * band + band * 0.15;
        const bw = Math.max(1, band * 0.7);
        const by = p.er === null ? H - PAD.bottom - 3 : y(p.er);
        const cls = `bar ${p.sponsored ? 'sponsored' : 'organic'} ${p.in_er_followers ? '' : 'faded'} ${p.er === null ? 'unknown' : ''}`;
        return (
          <rect
            key={p.id}
            x={bx}
            y={by}
            width={bw}
            height={Math.max(3, H - PAD.bottom - by)}
            className={cls}
            aria-label={`Post of ${date(p.posted_at)}: ${pct(p.er, 2)}${p.sponsored ? ', sponsored' : ''}`}
            {...bind(
              bx + bw / 2,
              by,
              <>
                <strong>
                  {date(p.posted_at)} · {p.type}
                  {p.sponsored ? ' · sponsored' : ''}
                </strong>
                <br />
                ER {pct(p.er, 2)} = (likes {int(p.likes)} + comments {int(p.comments)}) / followers at post time{' '}
                {int(p.followers_at)}
                <br />
                {p.likes === null && (
                  <>
                    Likes are hidden: ER unavailable, not zero.
                    <br />
                  </>
                )}
                {p.sponsored && (
                  <>
                    Evidence: {p.sponsored_evidence.join(', ')}
                    <br />
                  </>
                )}
                <span className="muted">
                  {p.too_recent
                    ? 'younger than 48 h: left out of every rate'
                    : p.in_er_followers
                      ? 'one of the 12 posts in er_followers'
                      : 'not among the last 12 posts of er_followers'}
                </span>
              </>,
            )}
          />
        );
      })}
      {tierMedian !== null && (
        <g
          className="median"
          {...bind(
            W - PAD.right - 60,
            y(tierMedian),
            <>
              {tierLabel} median er_followers: {pct(tierMedian, 2)}
            </>,
          )}
        >
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tierMedian)} y2={y(tierMedian)} />
          <text x={W - PAD.right} y={y(tierMedian) - 5} textAnchor="end">
            {tierLabel} median {pct(tierMedian, 1)}
          </text>
        </g>
      )}
      <text x={PAD.left} y={H - 8} className="axis">
        {date(posts[0]!.posted_at)}
      </text>
      <text x={W - PAD.right} y={H - 8} className="axis" textAnchor="end">
        {date(posts[posts.length - 1]!.posted_at)}
      </text>
    </Frame>
  );
}

export interface BarItem {
  key: string;
  label: ReactNode;
  value: number | null;
  display: string;
  tip: ReactNode;
  tone?: string;
}

/** Horizontal bars (audience shares, ROAS per creator). A null value is written "n/a", no bar. */
export function HBars({
  items,
  max,
  label,
  reference,
}: {
  items: BarItem[];
  max?: number;
  label: string;
  reference?: { value: number; label: string };
}) {
  const top = max ?? Math.max(...items.map((i) => i.value ?? 0), reference?.value ?? 0, 1e-9);
  return (
    <div className="hbars" role="list" aria-label={label}>
      {items.map((i) => (
        <div key={i.key} className="hbar-row" role="listitem">
          <span className="hbar-label">{i.label}</span>
          <span className="hbar-track">
            {i.value !== null && (
              <span
                className={`hbar-fill ${i.tone ?? ''}`}
                style={{ width: `${Math.max(0.5, (Math.max(0, i.value) / top) * 100)}%` }}
              />
            )}
            {reference && (
              <span
                className="hbar-ref"
                style={{ left: `${(reference.value / top) * 100}%` }}
                title={reference.label}
              />
            )}
          </span>
          <Num className="hbar-value" formula={i.tip}>
            {i.display}
          </Num>
        </div>
      ))}
      {reference && <p className="muted small">│ {reference.label}</p>}
    </div>
  );
}

/** The seven fit components of a result as tiny bars (value × weight in the tooltip). */
export function FitBars({ components }: { components: Record<string, { value: number; weight: number }> }) {
  return (
    <span className="fitbars">
      {Object.entries(components).map(([name, c]) => (
        <span
          key={name}
          className={`fitbar ${c.weight === 0 ? 'off' : ''}`}
          tabIndex={0}
          aria-label={`${name.replace('_', ' ')} ${Math.round(c.value * 100)} %, weight ${c.weight}`}
        >
          <span className="fitbar-fill" style={{ height: `${Math.round(c.value * 100)}%` }} />
          <span className="tip" role="tooltip">
            <strong>{name.replace('_', ' ')}</strong>: {Math.round(c.value * 100)} % × weight {c.weight}
            {c.weight === 0 ? ' (not used by this brief)' : ''}
          </span>
        </span>
      ))}
    </span>
  );
}
