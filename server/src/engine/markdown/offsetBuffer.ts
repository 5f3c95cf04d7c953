// Scratch space for the offsets of the segment being scanned. Growing a number[] by push() for
// every character of a 1 MB document copies and garbage-collects megabytes; instead the scanner
// writes into one reused Int32Array and each segment gets an exactly sized array at the end.

export class OffsetBuffer {
  private data = new Int32Array(4096);
  length = 0;

  reset(): void {
    this.length = 0;
  }

  push(offset: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = offset;
  }

  /** Appends shift + k for k in [from, to): one contiguous run of document offsets. */
  pushRun(shift: number, from: number, to: number): void {
    const needed = this.length + (to - from);
    if (needed > this.data.length) this.grow(needed);
    const data = this.data;
    let n = this.length;
    for (let k = from; k < to; k++) data[n++] = shift + k;
    this.length = n;
  }

  get(index: number): number {
    return this.data[index];
  }

  /** A fresh array of the entries in [from, to), plus `end` as the final element. */
  toArray(from: number, to: number, end: number, skip?: Uint8Array | null): number[] {
    const data = this.data;
    let count = 0;
    if (skip) {
      for (let k = from; k < to; k++) if (skip[k] === 0) count++;
    } else {
      count = to - from;
    }
    const out: number[] = new Array(count + 1);
    let n = 0;
    for (let k = from; k < to; k++) if (!skip || skip[k] === 0) out[n++] = data[k];
    out[n] = end;
    return out;
  }

  private grow(atLeast: number): void {
    const bigger = new Int32Array(Math.max(atLeast, this.data.length * 2));
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
}
