/** (scoreA, idA) ranks below (scoreB, idB): a lower score, or the same score and a higher id. */
const worse = (sa: number, ia: number, sb: number, ib: number) => sa < sb || (sa === sb && ia > ib);

/** Keeps the k best items (score desc, then id asc) of a stream in a binary min-heap. */
export class TopK {
  private readonly scores: Float64Array;
  private readonly ids: Float64Array;
  private readonly rows: Int32Array;
  size = 0;

  constructor(private readonly k: number) {
    this.scores = new Float64Array(k);
    this.ids = new Float64Array(k);
    this.rows = new Int32Array(k);
  }

  offer(score: number, id: number, row: number): void {
    const s = this.scores;
    const ids = this.ids;
    if (this.size < this.k) {
      // Sift up from the end.
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(score, id, s[parent]!, ids[parent]!)) break;
        this.move(parent, i);
        i = parent;
      }
      this.set(i, score, id, row);
      return;
    }
    // Replace the worst kept item (the root) when the new one is better, then sift down.
    if (!worse(s[0]!, ids[0]!, score, id)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const child = r < this.size && worse(s[r]!, ids[r]!, s[l]!, ids[l]!) ? r : l;
      if (!worse(s[child]!, ids[child]!, score, id)) break;
      this.move(child, i);
      i = child;
    }
    this.set(i, score, id, row);
  }

  /** Whether k items are kept (from then on an item must beat the worst to get in). */
  full(): boolean {
    return this.size === this.k;
  }

  /** The score of the worst kept item (meaningful once full). */
  worstScore(): number {
    return this.scores[0]!;
  }

  /** The kept items, best first. */
  sorted(): { row: number; score: number; id: number }[] {
    const out = Array.from({ length: this.size }, (_, i) => ({
      row: this.rows[i]!,
      score: this.scores[i]!,
      id: this.ids[i]!,
    }));
    return out.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  private move(from: number, to: number): void {
    this.scores[to] = this.scores[from]!;
    this.ids[to] = this.ids[from]!;
    this.rows[to] = this.rows[from]!;
  }

  private set(i: number, score: number, id: number, row: number): void {
    this.scores[i] = score;
    this.ids[i] = id;
    this.rows[i] = row;
  }
}
