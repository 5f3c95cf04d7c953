// Runs the engine on one document's text, refusing what it should not read (too large, binary)
// with a reason the writer sees and a setting they can change.
import type { Engine } from '../engine/engine';
import type { ClaimRuns } from '../engine/claimRuns';
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

/** `runs`, when given, are the same analysis as an editing session keeps it: counted without making its lists. */
export function countVerdicts(analysis: DocumentAnalysis, runs?: ClaimRuns | null): VerdictCounts {
  const tally = new Tally();
  if (runs) {
    for (let k = 0; k < runs.runs.length; k++) {
      const claims = runs.runs[k].claims;
      const off = runs.suppressed[k];
      if (off) {
        for (let i = 0; i < claims.length; i++) if (!off[i]) tally.add(claims[i]);
        continue;
      }
      // A run of a block no edit touched counts as it did (its claims lie all over the heap).
      let counts = runCounts.get(claims);
      if (!counts) {
        const own = new Tally();
        for (const c of claims) own.add(c);
        runCounts.set(claims, (counts = own));
      }
      tally.addAll(counts);
    }
  } else {
    for (const c of analysis.claims) tally.add(c);
  }
  return tally.counts();
}

/** Verdict counts of a session's runs with no claim switched off, by the run's claims. */
const runCounts = new WeakMap<readonly CheckedClaim[], Tally>();

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

  addAll(t: Tally): void {
    this.contradicted += t.contradicted;
    this.overstated += t.overstated;
    this.disputed += t.disputed;
    this.unverified += t.unverified;
    this.supported += t.supported;
    this.supportedUncited += t.supportedUncited;
  }

  counts(): VerdictCounts {
    const { contradicted, overstated, disputed, unverified, supported, supportedUncited } = this;
    return { contradicted, overstated, disputed, unverified, supported, supportedUncited };
  }
}
