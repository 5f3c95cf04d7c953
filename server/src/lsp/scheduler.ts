// Debounces re-checks per document: every change restarts the timer, so a burst of edits is
// analysed once, on the final text; work for superseded versions never starts.
export class DebouncedScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Documents whose pending run is immediate (it reads the latest text when it runs). */
  private readonly immediate = new Set<string>();

  constructor(
    private readonly run: (uri: string) => void,
    private readonly delayMs: () => number,
  ) {}

  schedule(uri: string, immediate = false): void {
    // An open fires both "opened" (immediate) and "content changed" (debounced): the immediate
    // run already checks the newest text, so a debounced request must not postpone it.
    if (!immediate && this.immediate.has(uri)) return;
    this.cancel(uri);
    const delay = immediate ? 0 : this.delayMs();
    if (immediate) this.immediate.add(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.immediate.delete(uri);
        this.run(uri);
      }, delay),
    );
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.immediate.delete(uri);
  }

  pending(uri: string): boolean {
    return this.timers.has(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.immediate.clear();
  }
}
