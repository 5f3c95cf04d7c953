// Runs the engine on one document's text, refusing what it should not read (too large, binary)
// with a reason the writer sees and a setting they can change.
import type { Engine } from '../engine/engine';
import type { DocumentAnalysis } from '../engine/types';
import type { Settings } from './settings';

/** Why a text is not checked, or null when it is fine to check. */
export function skipReason(text: string, settings: Settings): string | null {
  const limit = settings.maxFileSizeKb * 1024;
  // Cheap bound first: a UTF-8 byte is at most 3 per UTF-16 code unit.
  if (text.length > limit || (text.length * 3 > limit && Buffer.byteLength(text, 'utf8') > limit)) {
    const kb = Math.ceil(Buffer.byteLength(text, 'utf8') / 1024);
    return `FactLens did not check this file: it is ${kb} KB, over the ${settings.maxFileSizeKb} KB limit. Raise the setting "factlens.maxFileSizeKb" to check it.`;
  }
  if (text.includes('\u0000')) {
    return 'FactLens did not check this file: it contains NUL bytes, so it looks binary rather than Markdown text. If it is a Markdown draft, remove the NUL bytes; to stop checking files of this language, change the setting "factlens.languageIds".';
  }
  return null;
}

/** `incremental`, when given, analyses the text through the document's engine session. */
export function analyzeDocumentText(engine: Engine, text: string, settings: Settings, incremental?: (text: string) => DocumentAnalysis): DocumentAnalysis {
  const reason = skipReason(text, settings);
  if (reason) return { claims: [], suppressed: [], skipped: { reason } };
  const analysis = incremental ? incremental(text) : engine.analyze(text, { maxSize: settings.maxFileSizeKb * 1024 });
  if (analysis.skipped && !/factlens\./.test(analysis.skipped.reason)) {
    return { ...analysis, skipped: { reason: `FactLens did not check this file: ${analysis.skipped.reason}. See the setting "factlens.maxFileSizeKb".` } };
  }
  return analysis;
}

export type VerdictCounts = Record<'contradicted' | 'overstated' | 'disputed' | 'unverified' | 'supported' | 'supportedUncited', number>;

export function countVerdicts(analysis: DocumentAnalysis): VerdictCounts {
  const counts: VerdictCounts = { contradicted: 0, overstated: 0, disputed: 0, unverified: 0, supported: 0, supportedUncited: 0 };
  // Counted in locals: a keyed increment per claim was measurable on every keystroke of a long draft.
  let contradicted = 0;
  let overstated = 0;
  let disputed = 0;
  let unverified = 0;
  let supported = 0;
  let supportedUncited = 0;
  for (const c of analysis.claims) {
    switch (c.verdict) {
      case 'contradicted':
        contradicted++;
        break;
      case 'overstated':
        overstated++;
        break;
      case 'disputed':
        disputed++;
        break;
      case 'unverified':
        unverified++;
        break;
      case 'supported':
        supported++;
        if (!c.cited) supportedUncited++;
        break;
      default:
        counts[c.verdict]++;
    }
  }
  counts.contradicted += contradicted;
  counts.overstated += overstated;
  counts.disputed += disputed;
  counts.unverified += unverified;
  counts.supported += supported;
  counts.supportedUncited += supportedUncited;
  return counts;
}
