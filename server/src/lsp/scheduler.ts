// Debounces re-checks per document: every change restarts the timer, so a burst of edits is
// analysed once, on the final text; work for superseded versions never starts.
export class DebouncedScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly run: (uri: string) => void,
    private readonly delayMs: () => number,
  ) {}

  schedule(uri: string, immediate = false): void {
    this.cancel(uri);
    const delay = immediate ? 0 : this.delayMs();
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri);
      }, delay),
    );
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  pending(uri: string): boolean {
    return this.timers.has(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
