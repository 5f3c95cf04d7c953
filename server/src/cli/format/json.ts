// Machine output. The shape is a contract (see the README): version, files[].path as given,
// files[].claims[] with 0-based UTF-16 ranges, every detected claim (supported ones too).
// Fields may be added, never renamed or removed.
import { suggestedWordingOf } from '../../engine/db/wording';
import type { CheckedClaim, Verdict } from '../../engine/types';
import type { CheckResult } from './checkResult';
import { rangeMapper, type PositionRange } from './positions';

export interface JsonEvidence {
  source: string;
  quote: string;
  stance: 'supports' | 'contradicts' | 'qualifies';
  sourceTitle?: string;
}

export interface JsonClaim {
  range: PositionRange;
  text: string;
  verdict: Verdict;
  claimId: string | null;
  cited: boolean;
  evidence: JsonEvidence[];
  /** Extras beyond the contract. */
  message: string;
  reason: string;
  score: number;
  statement: string | null;
  suggestedWording: string | null;
}

export interface JsonReport {
  version: 1;
  files: Array<{ path: string; claims: JsonClaim[]; suppressed?: JsonClaim[]; skipped?: { reason: string } }>;
}

export function toJsonReport(result: CheckResult, sourceTitle: (id: string) => string | undefined = () => undefined): JsonReport {
  const files: JsonReport['files'] = result.files.map((f) => {
    const toPositions = rangeMapper(f.text);
    const convert = (c: CheckedClaim): JsonClaim => ({
      range: toPositions(c.range),
      text: c.text,
      verdict: c.verdict,
      claimId: c.claimId ?? null,
      cited: c.cited,
      evidence: c.evidence.map((e) => {
        const title = sourceTitle(e.source);
        return { source: e.source, quote: e.quote, stance: e.stance, ...(title ? { sourceTitle: title } : {}) };
      }),
      message: c.message,
      reason: c.reason,
      score: c.score,
      statement: c.claim?.statement ?? null,
      suggestedWording: c.claim ? suggestedWordingOf(c.claim) : null,
    });
    const entry: JsonReport['files'][number] = { path: f.path, claims: f.analysis.claims.map(convert) };
    if (f.analysis.suppressed.length) entry.suppressed = f.analysis.suppressed.map(convert);
    return entry;
  });
  for (const s of result.skipped) files.push({ path: s.path, claims: [], skipped: { reason: s.reason } });
  return { version: 1, files };
}

export function formatJson(result: CheckResult, sourceTitle?: (id: string) => string | undefined): string {
  return JSON.stringify(toJsonReport(result, sourceTitle), null, 2) + '\n';
}
