// The stored demo world, checked from its rows: labels and provenance, plausible numbers, the
// planted problems' signatures (and their absence on clean creators), reply threads, audiences.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorld, type DemoWorldResult } from '../../src/demo/generate-demo-world.ts';
import { ER_BANDS } from '../../src/demo/engagement-model.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';
import { creatorSignals, median, type CreatorSignals } from './creator-signals.ts';

const asOf = new Date('2026-03-01T00:00:00.000Z');
const DAY = 86_400_000;

describe.each(testDialects)('a full demo world on %s', (dialect) => {
  let t: TestDatabase;
  let result: DemoWorldResult;
  let signals: CreatorSignals[];
  const has = (s: CreatorSignals, problem: string) => s.labels.problems.includes(problem);
  const clean = () => signals.filter((s) => s.labels.problems.length === 0);

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    result = await generateDemoWorld(t.db, { creators: 400, seed: 11, asOf });
    signals = await creatorSignals(t.db, asOf);
  });
  afterAll(async () => t?.close());

  it('reports what it wrote', async () => {
    expect(result).toMatchObject({
      status: 'generated',
      mode: 'full',
      creators: 400,
      seed: 11,
      asOf: asOf.toISOString(),
    });
    const count = async (table: 'accounts' | 'posts' | 'comments' | 'account_snapshots') =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('accounts')).toBe(result.accounts);
    expect(await count('posts')).toBe(result.posts);
    expect(await count('comments')).toBe(result.comments);
    expect(await count('account_snapshots')).toBe(result.snapshots);
    expect(result.accounts).toBeGreaterThan(400 * 1.08);
    expect(result.posts / result.accounts).toBeGreaterThan(30);
  });

  it('labels every creator as demo data and every row as coming from "demo"', async () => {
    const creators = await t.db.selectFrom('creators').select(['demo', 'categories']).execute();
    expect(creators).toHaveLength(400);
    for (const c of creators) {
      const labels = JSON.parse(c.demo!);
      expect(labels).toMatchObject({ seed: 11, asOf: '2026-03-01' });
      expect(labels.niche).toEqual(JSON.parse(c.categories)[0]);
      expect(['nano', 'micro', 'mid', 'macro', 'mega']).toContain(labels.tier);
      expect(labels.problems.length).toBeLessThanOrEqual(1);
    }
    for (const table of [
      'accounts',
      'account_snapshots',
      'posts',
      'post_snapshots',
      'comments',
      'workspace_creators',
    ] as const) {
      const sources = await t.db.selectFrom(table).select('source').distinct().execute();
      expect(
        sources.map((s) => s.source),
        table,
      ).toEqual(['demo']);
    }
    const workspace = await t.db
      .selectFrom('workspaces')
      .selectAll()
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();
    expect(workspace).toMatchObject({ name: 'Demo — Sole & Anklet Co.', currency: 'GBP' });
    const members = await t.db.selectFrom('workspace_creators').select('workspace_id').distinct().execute();
    expect(members.map((m) => Number(m.workspace_id))).toEqual([workspace.id]);
  });

  it('leaves no dangling references', async () => {
    if (dialect === 'sqlite') {
      const { rows } = await sql`pragma foreign_key_check`.execute(t.db);
      expect(rows).toEqual([]);
    }
    const orphans = await t.db
      .selectFrom('comments as r')
      .select('r.id')
      .where('r.reply_to', 'is not', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('comments as c')
              .select('c.id')
              .whereRef('c.post_id', '=', 'r.post_id')
              .whereRef('c.external_id', '=', 'r.reply_to')
              .where('c.by_creator', '=', 0),
          ),
        ),
      )
      .execute();
    expect(orphans).toEqual([]);
  });

  it('gives unique handles and plausible profile numbers', async () => {
    const accounts = await t.db.selectFrom('accounts').selectAll().execute();
    const keys = accounts.map((a) => `${a.platform}:${a.handle}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of accounts) {
      expect(a.handle).toMatch(/^[a-z0-9._]{2,24}$/);
      expect(a.followers).toBeGreaterThanOrEqual(1_000);
      expect(a.followers).toBeLessThan(1e9);
      expect(a.posts_count).toBeGreaterThanOrEqual(20);
      if (a.platform === 'youtube') expect(a.following).toBeNull();
      else expect(a.following).toBeGreaterThanOrEqual(0);
    }
    const emails = (await t.db.selectFrom('creators').select('email').execute()).map((c) => c.email);
    const withEmail = emails.filter((e) => e !== null);
    expect(withEmail.length / emails.length).toBeGreaterThan(0.5);
    expect(withEmail.length / emails.length).toBeLessThan(0.7);
    for (const e of withEmail) expect(e).toMatch(/^[a-z0-9._]+@([a-z0-9]+\.example|example\.(com|net|org))$/);
  });

  it('has posts of the last 48 hours, pinned posts, video views, and hidden likes only as null', async () => {
    const posts = await t.db.selectFrom('posts').select(['posted_at', 'likes', 'views', 'type', 'is_pinned']).execute();
    const recent = posts.filter((p) => asOf.getTime() - Date.parse(p.posted_at) < 2 * DAY);
    expect(recent.length).toBeGreaterThan(10);
    expect(posts.some((p) => p.is_pinned === 1)).toBe(true);
    const wrong = posts.filter(
      (p) =>
        Date.parse(p.posted_at) > asOf.getTime() ||
        Date.parse(p.posted_at) <= asOf.getTime() - 181 * DAY ||
        (['reel', 'video', 'short'].includes(p.type) ? !(p.views! > 0) : p.views !== null) ||
        (p.likes !== null && asOf.getTime() - Date.parse(p.posted_at) > 2 * DAY && p.likes <= 0),
    );
    expect(wrong).toEqual([]);
    for (const s of signals) expect(s.hiddenLikes, `creator ${s.creatorId}`).toBe(has(s, 'hidden_likes'));
  });

  it('keeps clean creators clean: ER inside the tier band, at most an organic burst, no mass following, sponsored share ≤ 30 %, recent posts', () => {
    const found: string[] = [];
    for (const s of clean()) {
      const band = ER_BANDS[s.labels.tier as keyof typeof ER_BANDS];
      if (s.er !== null && (s.er < band.lo * 0.8 || s.er > band.hi * 1.2))
        found.push(`${s.creatorId}: ER ${s.er} outside ${band.lo}–${band.hi}`);
      // One in five grows in an organic burst of 8–25 % (a viral post, a shout-out); nothing larger.
      if (s.maxDailyJump > 0.3 || s.maxStepJump > 0.35)
        found.push(`${s.creatorId}: follower jump ${s.maxDailyJump} / ${s.maxStepJump}`);
      if (s.following !== null && s.following > 1_500) found.push(`${s.creatorId}: following ${s.following}`);
      if (s.sponsoredShare90 !== null && s.sponsoredShare90 > 0.3)
        found.push(`${s.creatorId}: sponsored ${s.sponsoredShare90}`);
      if (s.commentsPerLike !== null && s.commentsPerLike > 0.08)
        found.push(`${s.creatorId}: comments per like ${s.commentsPerLike}`);
      if (s.audienceComments >= 20 && s.recurringShare > 0.35)
        found.push(`${s.creatorId}: recurring commenters ${s.recurringShare}`);
      if (s.daysSinceLastPost >= 60) found.push(`${s.creatorId}: last post ${s.daysSinceLastPost} days ago`);
    }
    expect(found).toEqual([]);
    expect(clean().length).toBeGreaterThan(300);
    const bursting = clean().filter((s) => s.maxDailyJump > 0.03 || s.maxStepJump > 0.08).length / clean().length;
    expect(bursting).toBeGreaterThan(0.05);
    expect(bursting).toBeLessThan(0.3);
  });

  it('plants bought followers: a day-over-day jump over 15 % and ER far below clean creators of the tier', () => {
    const bought = signals.filter((s) => has(s, 'bought_followers'));
    expect(bought.length).toBeGreaterThanOrEqual(5);
    for (const s of bought) {
      expect(s.maxDailyJump, `creator ${s.creatorId}`).toBeGreaterThan(0.15);
      const peers = clean()
        .filter((c) => c.labels.tier === s.labels.tier && c.er !== null)
        .map((c) => c.er!);
      if (peers.length >= 5) expect(s.er!, `creator ${s.creatorId}`).toBeLessThan(0.6 * median(peers));
      expect(s.er!).toBeLessThan(ER_BANDS[s.labels.tier as keyof typeof ER_BANDS].lo);
    }
    expect(bought.filter((s) => (s.following ?? 0) > 1_500).length / bought.length).toBeGreaterThan(0.5);
  });

  it('plants engagement pods: many comments per like, from a small ring of recurring, generic commenters', () => {
    const pods = signals.filter((s) => has(s, 'engagement_pod'));
    expect(pods.length).toBeGreaterThanOrEqual(5);
    for (const s of pods) {
      expect(s.commentsPerLike!, `creator ${s.creatorId}`).toBeGreaterThan(0.1);
      expect(s.recurringShare, `creator ${s.creatorId}`).toBeGreaterThan(0.6);
      expect(s.genericShare, `creator ${s.creatorId}`).toBeGreaterThan(0.6);
    }
    const cleanGeneric = clean()
      .filter((s) => s.audienceComments >= 20)
      .map((s) => s.genericShare);
    expect(median(cleanGeneric)).toBeLessThan(0.4);
  });

  it('plants heavy advertisers: over 40 % sponsored posts in the last 90 days, rivalbrand among the brands', async () => {
    const heavy = signals.filter((s) => has(s, 'heavy_advertiser'));
    expect(heavy.length).toBeGreaterThanOrEqual(5);
    for (const s of heavy) expect(s.sponsoredShare90!, `creator ${s.creatorId}`).toBeGreaterThan(0.4);
    const tagged = await t.db
      .selectFrom('posts')
      .innerJoin('accounts', 'accounts.id', 'posts.account_id')
      .select(['accounts.creator_id', 'posts.tagged_brands'])
      .where('posts.tagged_brands', 'like', '%rivalbrand%')
      .execute();
    const heavyIds = new Set(heavy.map((s) => s.creatorId));
    expect(tagged.length).toBeGreaterThan(0);
    for (const p of tagged) expect(heavyIds.has(Number(p.creator_id))).toBe(true);
  });

  it('plants inactive creators with no post for 60 days or more', () => {
    const inactive = signals.filter((s) => has(s, 'inactive'));
    expect(inactive.length).toBeGreaterThanOrEqual(3);
    for (const s of inactive) expect(s.daysSinceLastPost).toBeGreaterThanOrEqual(60);
  });

  it('marks sponsored posts with the flag or a disclosure, and leaves a few brand tags undisclosed', async () => {
    const posts = await t.db.selectFrom('posts').select(['caption', 'is_paid_partnership', 'tagged_brands']).execute();
    const markers = [
      '#ad',
      '#sponsored',
      'paid partnership',
      'in partnership with',
      'gifted',
      '#anzeige',
      '#werbung',
      '#publicidad',
      '#publi',
      '#parceria',
    ];
    const captions = posts.map((p) => p.caption!.toLowerCase());
    for (const m of markers)
      expect(
        captions.some((c) => c.includes(m)),
        m,
      ).toBe(true);
    expect(posts.some((p) => p.is_paid_partnership === 1)).toBe(true);
    const undisclosed = posts.filter(
      (p) =>
        p.tagged_brands !== '[]' &&
        p.is_paid_partnership !== 1 &&
        !/#ad\b|#sponsored|#anzeige|#werbung|#publi|#parceria|#partenariat|#sponsoris|partnership|gifted|anzeige|werbung|publicidad|kooperation|colaboración|parceria|partenariat|commerciale|ad \|/i.test(
          p.caption!,
        ),
    );
    expect(undisclosed.length).toBeGreaterThan(0);
    expect(undisclosed.length).toBeLessThan(posts.length * 0.05);
  });

  it('threads creator replies to audience comments, minutes to a day later, at per-creator rates', async () => {
    const rows = await t.db
      .selectFrom('comments')
      .innerJoin('posts', 'posts.id', 'comments.post_id')
      .innerJoin('accounts', 'accounts.id', 'posts.account_id')
      .select([
        'comments.post_id',
        'comments.external_id',
        'comments.reply_to',
        'comments.by_creator',
        'comments.author_handle',
        'comments.commented_at',
        'accounts.handle',
        'accounts.creator_id',
        'posts.posted_at',
      ])
      .execute();
    const byKey = new Map(rows.map((r) => [`${r.post_id}:${r.external_id}`, r]));
    const rate = new Map<number, { threads: number; answered: number }>();
    const wrong: string[] = [];
    for (const r of rows) {
      if (!(Date.parse(r.commented_at) > Date.parse(r.posted_at) && Date.parse(r.commented_at) <= asOf.getTime()))
        wrong.push(`${r.external_id}: time`);
      const entry = rate.get(Number(r.creator_id)) ?? { threads: 0, answered: 0 };
      rate.set(Number(r.creator_id), entry);
      if (r.reply_to === null) {
        if (r.by_creator !== 0) wrong.push(`${r.external_id}: top-level by creator`);
        entry.threads++;
        continue;
      }
      const parent = byKey.get(`${r.post_id}:${r.reply_to}`)!;
      const delay = Date.parse(r.commented_at) - Date.parse(parent.commented_at);
      if (r.by_creator !== 1 || r.author_handle !== r.handle || delay < 60_000 || delay > DAY)
        wrong.push(`${r.external_id}: reply ${r.author_handle} after ${delay} ms`);
      entry.answered++;
    }
    expect(wrong).toEqual([]);
    const rates = [...rate.values()].filter((r) => r.threads >= 20).map((r) => r.answered / r.threads);
    expect(Math.min(...rates)).toBe(0);
    expect(Math.max(...rates)).toBeGreaterThan(0.6);
    expect(Math.max(...rates)).toBeLessThanOrEqual(1);
  });

  it('stores audiences whose shares sum to 1, verified for about a fifth and estimated for the rest', async () => {
    const audiences = await t.db
      .selectFrom('audiences')
      .innerJoin('accounts', 'accounts.id', 'audiences.account_id')
      .select([
        'audiences.id',
        'audiences.dimension',
        'audiences.source',
        'audiences.origin',
        'audiences.sample_size',
        'accounts.followers',
      ])
      .execute();
    const segments = await t.db.selectFrom('audience_segments').selectAll().execute();
    const byAudience = new Map<number, typeof segments>();
    for (const s of segments)
      (
        byAudience.get(Number(s.audience_id)) ?? byAudience.set(Number(s.audience_id), []).get(Number(s.audience_id))!
      ).push(s);
    const wrong: string[] = [];
    for (const a of audiences) {
      const list = byAudience.get(Number(a.id))!;
      const sum = list.reduce((total, s) => total + s.share, 0);
      if (Math.abs(sum - 1) > 1e-9) wrong.push(`${a.id}: shares sum to ${sum}`);
      const key =
        a.dimension === 'age_gender'
          ? /^(13-17|18-24|25-34|35-44|45-54|55-64|65\+):(female|male|unknown)$/
          : a.dimension === 'country'
            ? /^[A-Z]{2}$/
            : /^[^,]+, .+$/;
      for (const s of list) if (!key.test(s.key) || !(s.share > 0)) wrong.push(`${a.id}: ${s.key} ${s.share}`);
      const ok =
        a.source === 'verified'
          ? a.origin === 'demo:insights' && a.sample_size === a.followers
          : a.origin === 'demo:estimate' && a.sample_size! >= 200 && a.sample_size! <= 800;
      if (!ok) wrong.push(`${a.id}: ${a.source} ${a.origin} ${a.sample_size}`);
    }
    expect(wrong).toEqual([]);
    const verified =
      audiences.filter((a) => a.source === 'verified' && a.dimension === 'country').length /
      audiences.filter((a) => a.dimension === 'country').length;
    expect(verified).toBeGreaterThan(0.1);
    expect(verified).toBeLessThan(0.3);
  });

  it("makes footwear and accessories creators findable by the brief's words", async () => {
    const rows = await t.db
      .selectFrom('creators')
      .innerJoin('accounts', 'accounts.creator_id', 'creators.id')
      .select(['creators.demo', 'accounts.id', 'accounts.bio'])
      .execute();
    const style = rows.filter((r) => /"niche":"(footwear|accessories)"/.test(r.demo!));
    const ids = style.map((r) => r.id);
    const posts = await t.db
      .selectFrom('posts')
      .select(['caption', 'hashtags'])
      .where('account_id', 'in', ids)
      .execute();
    const text = [...style.map((r) => r.bio ?? ''), ...posts.map((p) => p.caption ?? '')].join('\n').toLowerCase();
    for (const phrase of ['anklet', 'barefoot sandals', 'foot model', 'summer fashion']) expect(text).toContain(phrase);
    expect(posts.some((p) => JSON.parse(p.hashtags).includes('anklets'))).toBe(true);
    const matches = style.filter((r) => /foot model|anklet|barefoot sandals/i.test(r.bio ?? '')).length;
    expect(matches).toBeGreaterThan(10);
  });

  it('writes in several languages with their local disclosure markers', async () => {
    const languages = await t.db.selectFrom('creators').select('language').distinct().execute();
    expect(languages.map((l) => l.language).sort()).toEqual(['de', 'en', 'es', 'fr', 'pt']);
  });
});
