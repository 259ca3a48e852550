// Clicks are recorded in batches (group commit): the redirect appends to an in-memory buffer and, when
// durable (the default), waits for the transaction that writes it — started at once when no write is
// under way, else right after the one that is — so an answered click survives a kill of the process
// (several servers on one Postgres, docs/scaling.md). Not durable: the buffer is written every
// `intervalMs` (250 ms) or once `batchSize` clicks wait, and on close(); a kill loses up to that much.
// De-duplication (one click per visitor per link per UTC hour) happens in memory first; the unique
// constraint clicks_visitor_hour is the backstop (insert … on conflict do nothing).
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { hourBucketOfIso } from '../../core/tracking/hour-bucket.ts';
import type { Database } from '../../storage/schema.ts';

interface PendingClick {
  workspace_id: number;
  link_id: number;
  click_id: string;
  visitor_id: string;
  hour_bucket: string;
  clicked_at: string;
  referrer: string | null;
  /** Durable mode: resolves once the click is committed (or kept for a retry after a database error). */
  written?: () => void;
}

export interface ClickRecorderOptions {
  intervalMs?: number;
  batchSize?: number;
  /** Bound on remembered visitor×link pairs; past it the memory is reset and the database constraint de-duplicates. */
  maxRemembered?: number;
  /** Wait for each counted click's commit before the redirect is answered (default true). */
  durable?: boolean;
  log?: (message: string) => void;
}

export class ClickRecorder {
  private buffer: PendingClick[] = [];
  private readonly seen = new Map<string, { bucket: string; clickId: string }>();
  private seenBucket = '';
  private flushing: Promise<void> = Promise.resolve();
  private flushQueued = false;
  private readonly timer: NodeJS.Timeout;
  private closed = false;
  private readonly batchSize: number;
  private readonly maxRemembered: number;
  private readonly durable: boolean;
  private readonly log: (message: string) => void;

  /** `target` gives the connection clicks are written with (resolved on the first flush). */
  constructor(
    private readonly target: () => Promise<Kysely<Database>>,
    options: ClickRecorderOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1_000;
    this.maxRemembered = options.maxRemembered ?? 500_000;
    this.durable = options.durable ?? true;
    this.log = options.log ?? ((m) => console.error(m));
    this.timer = setInterval(() => void this.flush(), options.intervalMs ?? 250);
    this.timer.unref();
  }

  /**
   * Counts a click unless this visitor already clicked this link in this UTC hour; returns the click
   * id to put in the redirect (the first click's id for a repeat within the hour).
   */
  record(
    link: { id: number; workspaceId: number },
    visitorId: string,
    at: Date,
    referrer: string | null,
  ): RecordedClick {
    const iso = at.toISOString();
    const bucket = hourBucketOfIso(iso);
    if (bucket !== this.seenBucket) {
      this.seen.clear();
      this.seenBucket = bucket;
    }
    const dedupeKey = `${link.id}|${visitorId}`;
    const known = this.seen.get(dedupeKey);
    if (known) return { clickId: known.clickId, counted: false };
    if (this.seen.size >= this.maxRemembered) this.seen.clear();
    const clickId = randomUUID().replaceAll('-', '');
    this.seen.set(dedupeKey, { bucket, clickId });
    const click: PendingClick = {
      workspace_id: link.workspaceId,
      link_id: link.id,
      click_id: clickId,
      visitor_id: visitorId,
      hour_bucket: bucket,
      clicked_at: iso,
      referrer: referrer ? referrer.slice(0, 500) : null,
    };
    this.buffer.push(click);
    if (!this.durable) {
      if (this.buffer.length >= this.batchSize) void this.flush();
      return { clickId, counted: true };
    }
    const written = new Promise<void>((resolve) => (click.written = resolve));
    // One flush queued behind the running one takes every click that arrives meanwhile.
    if (!this.flushQueued) {
      this.flushQueued = true;
      void this.flush();
    }
    return { clickId, counted: true, written };
  }

  /** Writes everything buffered so far; resolves when it is committed. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeBuffered());
    return this.flushing;
  }

  /** Stops the timer and writes what is left (call on shutdown, after the server stops accepting). */
  async close(): Promise<void> {
    if (this.closed) return this.flushing;
    this.closed = true;
    clearInterval(this.timer);
    // A flush that met a busy lock keeps its clicks: retry for up to ~5 s before giving up loudly.
    for (let attempt = 0; attempt < 250; attempt++) {
      await this.flush();
      if (this.buffer.length === 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    this.log(`[clicks] ${this.buffer.length} clicks could not be written before shutdown`);
  }

  get pending(): number {
    return this.buffer.length;
  }

  private async writeBuffered(): Promise<void> {
    this.flushQueued = false;
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    try {
      const db = await this.target();
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < batch.length; i += 500) {
          const rows = batch.slice(i, i + 500).map(({ written: _, ...row }) => row);
          await trx
            .insertInto('clicks')
            .values(rows)
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
      });
    } catch (error) {
      if (isBusy(error)) {
        // Another connection holds the write lock: keep the batch for the next flush, soon.
        this.buffer = batch.concat(this.buffer);
        if (this.durable && !this.flushQueued) {
          this.flushQueued = true;
          setTimeout(() => void this.flush(), 5);
        }
        return;
      }
      await this.writeOneByOne(batch, error as Error);
    }
    // Committed, refused by the database, or kept for a retry: the visitor is never held hostage by it.
    for (const click of batch) click.written?.();
  }

  /** After a failed batch: rows the database refuses (e.g. the link was deleted) are dropped, the rest written. */
  private async writeOneByOne(batch: PendingClick[], cause: Error): Promise<void> {
    let dropped = 0;
    try {
      await (await this.target()).transaction().execute(async (trx) => {
        for (const click of batch) {
          // One name serves every row: each savepoint is released or rolled back before the next.
          await sql`savepoint click`.execute(trx);
          const { written: _, ...row } = click;
          try {
            await trx
              .insertInto('clicks')
              .values(row)
              .onConflict((oc) => oc.doNothing())
              .execute();
            await sql`release savepoint click`.execute(trx);
          } catch {
            await sql`rollback to savepoint click`.execute(trx);
            dropped += 1;
          }
        }
      });
      if (dropped > 0) this.log(`[clicks] dropped ${dropped} clicks the database refused: ${cause.message}`);
    } catch (error) {
      // The database itself is unavailable: keep the clicks for the next flush, within a bound.
      this.log(`[clicks] could not write ${batch.length} clicks: ${(error as Error).message}`);
      if (this.buffer.length + batch.length <= 100_000) this.buffer.unshift(...batch);
    }
  }
}

export interface RecordedClick {
  clickId: string;
  counted: boolean;
  /** Durable mode, counted clicks: resolves when the click is committed; answer the redirect after it. */
  written?: Promise<void>;
}

const isBusy = (error: unknown) => (error as { code?: string }).code === 'SQLITE_BUSY';
