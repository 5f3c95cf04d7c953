// An editing session's claims as it keeps them: per top-level block, the claims as they were
// checked and how far the block has moved since. An edit moves every block after it; shifting
// each of their thousands of claims into new objects on every keystroke (and collecting them
// again) cost more than re-checking the edit, while the language server needs only each claim's
// position, which it can add up itself. The claims with their current ranges are made only when
// something reads the analysis's lists (hover, code actions, reports).
import { shiftClaim } from './shiftClaim';
import type { CheckedClaim, DocumentAnalysis } from './types';

export interface ClaimRun {
  /** The block's first line in the current text. */
  readonly line: number;
  /** The claims as checked; each now lies `by` UTF-16 units further on. */
  readonly claims: readonly CheckedClaim[];
  readonly by: number;
}

export interface ClaimRuns {
  /** In document order, as are the claims in each. */
  readonly runs: readonly ClaimRun[];
  /** Per run, 1 for each claim a disable directive switches off; null when none of the run is. */
  readonly suppressed: readonly (Uint8Array | null)[];
  /** Tells apart the versions of one session's runs. */
  readonly version: number;
  /** How these runs came from the session's version `previous`, when an edit re-checked part of it. */
  readonly edit?: RunsEdit;
}

/**
 * runs[0, from) are the previous version's runs[0, from) as they were; runs[to, ...) are its
 * runs[keptFrom, ...) with the same claims, moved (their `line` and `by` say where to).
 */
export interface RunsEdit {
  readonly previous: number;
  readonly from: number;
  readonly to: number;
  readonly keptFrom: number;
}

/**
 * For each run of `view`, the index of the run of version `since` it is (same block, same claims:
 * moved at most), or -1; null when `view` did not come from that version by one edit.
 */
export function previousRuns(view: ClaimRuns, since: number): Int32Array | null {
  const edit = view.edit;
  if (!edit || edit.previous !== since) return null;
  const map = new Int32Array(view.runs.length);
  for (let k = 0; k < map.length; k++) map[k] = k < edit.from ? k : k < edit.to ? -1 : k - edit.to + edit.keptFrom;
  return map;
}

/** The analysis the runs stand for; its claim lists are made (shifted, split) on first read. */
export function lazyAnalysis(view: ClaimRuns): DocumentAnalysis {
  let made: DocumentAnalysis | null = null;
  const lists = () => (made ??= materialize(view));
  return {
    get claims() {
      return lists().claims;
    },
    get suppressed() {
      return lists().suppressed;
    },
  };
}

function materialize({ runs, suppressed }: ClaimRuns): DocumentAnalysis {
  const kept: CheckedClaim[] = [];
  const off: CheckedClaim[] = [];
  for (let k = 0; k < runs.length; k++) {
    const { claims, by } = runs[k];
    const flags = suppressed[k];
    for (let i = 0; i < claims.length; i++) {
      const c = shiftClaim(claims[i], by);
      if (flags && flags[i]) off.push(c);
      else kept.push(c);
    }
  }
  return { claims: kept, suppressed: off };
}
