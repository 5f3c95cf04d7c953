// What the CLI's main thread and its analysis worker share when they check one large document
// together (sharedAnalysis.ts, analysisWorker.ts). The main thread runs extractProse and sends the
// worker the segments; they are cut into CHUNKS runs, and each thread takes the next unclaimed run
// from a shared counter until none is left. The main thread puts the results back
// in document order, so the analysis equals engine.analyze(text).
import type { MessagePort } from 'worker_threads';
import type { ClaimsDatabase } from '../../engine/db/database';
import type { CheckedClaim, ProseSegment } from '../../engine/types';

export const WORKER_KIND = 'factlens-analysis-worker';

/** Runs of segments a document is cut into: enough for the two threads to finish close together. */
export const CHUNKS = 64;

/** Int32 slots of the shared counters. */
export const NEXT = 0;
/** Runs the worker has taken and not yet posted (the main thread waits for this to reach 0). */
export const PENDING = 1;
export const COUNTER_SLOTS = 2;

export interface WorkerSetup {
  kind: typeof WORKER_KIND;
  /** The --claims packs and working directory: the worker loads the same database. */
  claims: string[];
  cwd: string;
}

export interface Job {
  text: string;
  segments: ProseSegment[];
  counters: SharedArrayBuffer;
  port: MessagePort;
}

/**
 * One run's claims as posted by the worker: database claims do not cross threads (a copy would
 * not be the database's object), so each claim says which of db.claims it is, and its evidence
 * says which of that claim's evidence items, in order.
 */
export interface ChunkResult {
  chunk: number;
  claims?: CheckedClaim[];
  links?: number[];
  evidence?: number[][];
  error?: string;
}

/** Segments [start, end) of run `chunk` when `count` segments are cut into CHUNKS runs. */
export function chunkBounds(chunk: number, count: number): [number, number] {
  return [Math.floor((chunk * count) / CHUNKS), Math.floor(((chunk + 1) * count) / CHUNKS)];
}

export function toPortable(chunk: number, claims: CheckedClaim[], index: Map<unknown, number>): ChunkResult {
  const links: number[] = [];
  const evidence: number[][] = [];
  const portable = claims.map((c) => {
    if (!c.claim) {
      links.push(-1);
      evidence.push([]);
      return { ...c, evidence: [] };
    }
    const at = index.get(c.claim);
    const order = c.evidence.map((e) => c.claim!.evidence.indexOf(e));
    if (at === undefined || order.includes(-1)) throw new Error('claim not found in the database');
    links.push(at);
    evidence.push(order);
    return { ...c, claim: null, evidence: [] };
  });
  return { chunk, claims: portable, links, evidence };
}

export function fromPortable(result: ChunkResult, db: ClaimsDatabase): CheckedClaim[] {
  const claims = result.claims!;
  for (let i = 0; i < claims.length; i++) {
    const at = result.links![i];
    if (at < 0) continue;
    const claim = db.claims[at];
    claims[i].claim = claim;
    claims[i].evidence = result.evidence![i].map((k) => claim.evidence[k]);
  }
  return claims;
}
