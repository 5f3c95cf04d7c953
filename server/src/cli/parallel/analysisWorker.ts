// The CLI's analysis worker thread (started by sharedAnalysis.ts from the same bundle): loads the
// database the main thread loaded and checks runs of a document's segments until none is left.
import { parentPort } from 'worker_threads';
import { createEngine } from '../../engine/createEngine';
import { loadCliDatabase } from '../loadDatabase';
import { CHUNKS, chunkBounds, NEXT, PENDING, toPortable, type Job, type WorkerSetup } from './protocol';

export function runAnalysisWorker(setup: WorkerSetup): void {
  const { db } = loadCliDatabase(setup.claims, setup.cwd);
  const engine = createEngine(db);
  const index = new Map<unknown, number>(db.claims.map((c, i) => [c, i]));
  parentPort!.on('message', (job: Job) => {
    const counters = new Int32Array(job.counters);
    const segments = job.segments;
    for (;;) {
      // Counted as pending before taking a run, so the main thread never misses one in flight.
      Atomics.add(counters, PENDING, 1);
      const chunk = Atomics.add(counters, NEXT, 1);
      if (chunk < CHUNKS) {
        try {
          const [start, end] = chunkBounds(chunk, segments.length);
          job.port.postMessage(toPortable(chunk, engine.checkSegments(job.text, segments.slice(start, end)), index));
        } catch (e) {
          job.port.postMessage({ chunk, error: String(e) });
        }
      }
      Atomics.sub(counters, PENDING, 1);
      Atomics.notify(counters, PENDING);
      if (chunk >= CHUNKS) break;
    }
  });
}
