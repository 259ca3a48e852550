// Typed arrays that grow by doubling: the index appends rows (new and updated accounts) without
// copying on every write, and reads stay as fast as plain typed arrays.
type TypedArray = Float64Array | Int32Array | Uint8Array | Uint16Array | Uint32Array;
type Ctor<T extends TypedArray> = { new (length: number): T };

export class Growable<T extends TypedArray> {
  data: T;
  length = 0;

  constructor(
    private readonly ctor: Ctor<T>,
    capacity = 1024,
  ) {
    this.data = new ctor(Math.max(16, capacity));
  }

  push(value: number): number {
    if (this.length === this.data.length) this.grow(this.length * 2);
    this.data[this.length] = value;
    return this.length++;
  }

  /** Makes room for `count` more values and returns the index of the first. */
  reserve(count: number): number {
    if (this.length + count > this.data.length) this.grow(Math.max(this.length * 2, this.length + count));
    const start = this.length;
    this.length += count;
    return start;
  }

  // Never below 16: an array restored at its exact length can be empty (an index snapshot of no
  // accounts), and doubling 0 gave 0, so every later write fell off the end of a typed array unnoticed.
  private grow(capacity: number): void {
    const next = new this.ctor(Math.max(16, capacity));
    next.set(this.data.subarray(0, this.length) as never);
    this.data = next;
  }
}
