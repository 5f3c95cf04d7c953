// Checks a large document on two threads: the main thread and one worker take runs of its
// segments from a shared counter (protocol.ts). A cold process spends most of a 1 MB check
// compiling and running the engine on one core; the machine usually has another. The result is
// engine.analyze(text) exactly: same segments, same per-segment checks, same order, then the same
// disable directives. Whatever the worker does not deliver (it failed, or never started) the main
// thread checks itself.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'worker_threads';
import type { Engine } from '../../engine/engine';
import { extractProse } from '../../engine/markdown/extractProse';
import { applyDirectives } from '../../engine/suppression';
import type { CheckedClaim, DocumentAnalysis, ProseSegment } from '../../engine/types';
import { CHUNKS, chunkBounds, COUNTER_SLOTS, fromPortable, NEXT, PENDING, WORKER_KIND, type ChunkResult, type Job, type WorkerSetup } from './protocol';

/** Smaller documents are checked on the main thread alone: a worker costs about a start-up. */
export const MIN_SHARED_CHARS = 256 * 1024;
/** How long the main thread waits for the worker's last run before checking it itself. */
const WORKER_WAIT_MS = 120_000;

type SegmentEngine = Engine & { checkSegments(text: string, segments: readonly ProseSegment[]): CheckedClaim[] };

/**
 * Whether to check large documents with a worker thread. FACTLENS_THREADS=1 never does, =2 always
 * does; otherwise only when a core is free: on a busy machine a second thread only competes with
 * the first (and pays its own start-up and compilation).
 */
export function workerWanted(env: NodeJS.ProcessEnv): boolean {
  const threads = env.FACTLENS_THREADS?.trim();
  if (threads === '1') return false;
  if (threads === '2') return true;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores >= 2 && os.loadavg()[0] <= cores - 1.5;
}

export class SharedAnalysis {
  private worker: Worker | null = null;

  constructor(
    private readonly engine: SegmentEngine,
    private readonly setup: Omit<WorkerSetup, 'kind'> & { useWorker: boolean },
  ) {}

  /** engine.analyze(text, { maxSize }), on two threads when that is worth it. */
  analyze(text: string, maxSize: number): DocumentAnalysis {
    // Skipped documents (too large, binary) and small ones take the ordinary path.
    if (text.length < MIN_SHARED_CHARS || text.length > maxSize || text.includes('\u0000')) return this.engine.analyze(text, { maxSize });
    const worker = this.startWorker();
    if (!worker) return this.engine.analyze(text, { maxSize });
    // The worker starts up while this thread reads the document; then it gets the segments (a
    // copy costs less than its own cold parse of the Markdown).
    const prose = extractProse(text);
    const segments = prose.segments;
    const counters = new Int32Array(new SharedArrayBuffer(COUNTER_SLOTS * 4));
    const { port1, port2 } = new MessageChannel();
    const job: Job = { text, segments, counters: counters.buffer as SharedArrayBuffer, port: port2 };
    worker.postMessage(job, [port2]);
    const runs: Array<CheckedClaim[] | undefined> = new Array(CHUNKS);
    const check = (chunk: number) => {
      const [start, end] = chunkBounds(chunk, segments.length);
      runs[chunk] = this.engine.checkSegments(text, segments.slice(start, end));
    };
    for (let chunk = Atomics.add(counters, NEXT, 1); chunk < CHUNKS; chunk = Atomics.add(counters, NEXT, 1)) check(chunk);

    // Every run is taken: wait for those the worker is still checking, then collect its results.
    const deadline = Date.now() + WORKER_WAIT_MS;
    for (let pending = Atomics.load(counters, PENDING); pending !== 0 && Date.now() < deadline; pending = Atomics.load(counters, PENDING)) {
      Atomics.wait(counters, PENDING, pending, Math.max(1, deadline - Date.now()));
    }
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const result = m.message as ChunkResult;
      if (!result.error) runs[result.chunk] = fromPortable(result, this.engine.db);
    }
    port1.close();
    const all: CheckedClaim[] = [];
    for (let chunk = 0; chunk < CHUNKS; chunk++) {
      if (!runs[chunk]) check(chunk);
      all.push(...runs[chunk]!);
    }
    return applyDirectives(text, all, prose.directives);
  }

  private startWorker(): Worker | null {
    if (this.worker) return this.worker;
    // The worker runs the CLI bundle's own start-up script (dist/cli.js); from sources (tests) there is none.
    const script = path.join(__dirname, 'cli.js');
    if (!this.setup.useWorker || !fs.existsSync(script)) return null;
    try {
      const setup: WorkerSetup = { kind: WORKER_KIND, claims: this.setup.claims, cwd: this.setup.cwd };
      this.worker = new Worker(script, { workerData: setup, stdout: true, stderr: true });
      // It must never keep the process alive, and its failures are covered by the main thread.
      this.worker.unref();
      this.worker.on('error', () => undefined);
      return this.worker;
    } catch {
      return null;
    }
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
