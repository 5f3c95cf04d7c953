// Runs the engine on one document's text, refusing what it should not read (too large, binary)
// with a reason the writer sees and a setting they can change.
import type { Engine } from '../engine/engine';
import { previousRuns, type ClaimRuns } from '../engine/claimRuns';
import type { CheckedClaim, DocumentAnalysis } from '../engine/types';
import type { Settings } from './settings';

/** Why a text is not checked, or null when it is fine to check. */
export function skipReason(text: string, settings: Settings): string | null {
  return sizeReason(text, settings) ?? nulReason(text);
}

function sizeReason(text: string, settings: Settings): string | null {
  const limit = settings.maxFileSizeKb * 1024;
  // Cheap bound first: a UTF-8 byte is at most 3 per UTF-16 code unit.
  if (text.length > limit || (text.length * 3 > limit && Buffer.byteLength(text, 'utf8') > limit)) {
    const kb = Math.ceil(Buffer.byteLength(text, 'utf8') / 1024);
    return `FactLens did not check this file: it is ${kb} KB, over the ${settings.maxFileSizeKb} KB limit. Raise the setting "factlens.maxFileSizeKb" to check it.`;
  }
  return null;
}

function nulReason(text: string): string | null {
  if (text.includes('\u0000')) {
    return 'FactLens did not check this file: it contains NUL bytes, so it looks binary rather than Markdown text. If it is a Markdown draft, remove the NUL bytes; to stop checking files of this language, change the setting "factlens.languageIds".';
  }
  return null;
}

/**
 * `incremental`, when given, analyses the text through the document's engine session. A session
 * refuses text with NUL characters itself, looking only at what an edit changed: the whole text
 * is searched for them (for the reason to show) only when it refused it.
 */
export function analyzeDocumentText(engine: Engine, text: string, settings: Settings, incremental?: (text: string) => DocumentAnalysis): DocumentAnalysis {
  const reason = incremental ? sizeReason(text, settings) : skipReason(text, settings);
  if (reason) return { claims: [], suppressed: [], skipped: { reason } };
  const analysis = incremental ? incremental(text) : engine.analyze(text, { maxSize: settings.maxFileSizeKb * 1024 });
  if (analysis.skipped) {
    const nul = incremental ? nulReason(text) : null;
    if (nul) return { claims: [], suppressed: [], skipped: { reason: nul } };
  }
  if (analysis.skipped && !/factlens\./.test(analysis.skipped.reason)) {
    return { ...analysis, skipped: { reason: `FactLens did not check this file: ${analysis.skipped.reason}. See the setting "factlens.maxFileSizeKb".` } };
  }
  return analysis;
}

export type VerdictCounts = Record<'contradicted' | 'overstated' | 'disputed' | 'unverified' | 'supported' | 'supportedUncited', number>;

/**
 * `runs`, when given, are the same analysis as an editing session keeps it: counted without making
 * its lists, and with `last` (what was counted for the session's version before) only the runs an
 * edit made anew are counted again. `last` is then updated to these runs.
 */
export function countVerdicts(analysis: DocumentAnalysis, runs?: ClaimRuns | null, last: CountedRuns = new CountedRuns()): VerdictCounts {
  const tally = new Tally();
  if (!runs) {
    for (const c of analysis.claims) tally.add(c);
    return tally.counts();
  }
  const previous = previousRuns(runs, last.version);
  const n = runs.runs.length;
  const perRun = new Int32Array(n * TALLIES);
  for (let k = 0; k < n; k++) {
    const off = runs.suppressed[k];
    const old = previous ? previous[k] : -1;
    if (old >= 0 && last.suppressed[old] === off) {
      for (let t = 0; t < TALLIES; t++) perRun[k * TALLIES + t] = last.perRun[old * TALLIES + t];
    } else {
      const own = new Tally();
      const claims = runs.runs[k].claims;
      for (let i = 0; i < claims.length; i++) if (!off || !off[i]) own.add(claims[i]);
      own.into(perRun, k * TALLIES);
    }
  }
  last.version = runs.version;
  last.perRun = perRun;
  last.suppressed = runs.suppressed;
  return Tally.sum(perRun).counts();
}

/** Verdict counts per run of a session's last counted version (see countVerdicts()). */
export class CountedRuns {
  version = -1;
  perRun = new Int32Array(0);
  suppressed: readonly (Uint8Array | null)[] = [];
}

const TALLIES = 6;

/** Counted in fields: a keyed increment per claim was measurable on every keystroke of a long draft. */
class Tally {
  private contradicted = 0;
  private overstated = 0;
  private disputed = 0;
  private unverified = 0;
  private supported = 0;
  private supportedUncited = 0;

  add(c: Pick<CheckedClaim, 'verdict' | 'cited'>): void {
    switch (c.verdict) {
      case 'contradicted':
        this.contradicted++;
        break;
      case 'overstated':
        this.overstated++;
        break;
      case 'disputed':
        this.disputed++;
        break;
      case 'unverified':
        this.unverified++;
        break;
      case 'supported':
        this.supported++;
        if (!c.cited) this.supportedUncited++;
        break;
    }
  }

  into(to: Int32Array, at: number): void {
    to[at] = this.contradicted;
    to[at + 1] = this.overstated;
    to[at + 2] = this.disputed;
    to[at + 3] = this.unverified;
    to[at + 4] = this.supported;
    to[at + 5] = this.supportedUncited;
  }

  static sum(perRun: Int32Array): Tally {
    const t = new Tally();
    for (let at = 0; at < perRun.length; at += TALLIES) {
      t.contradicted += perRun[at];
      t.overstated += perRun[at + 1];
      t.disputed += perRun[at + 2];
      t.unverified += perRun[at + 3];
      t.supported += perRun[at + 4];
      t.supportedUncited += perRun[at + 5];
    }
    return t;
  }

  counts(): VerdictCounts {
    const { contradicted, overstated, disputed, unverified, supported, supportedUncited } = this;
    return { contradicted, overstated, disputed, unverified, supported, supportedUncited };
  }
}
