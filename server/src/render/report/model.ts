// The data every claims report shows, gathered once from an analysis and the database so the
// Markdown, HTML and ClaimReview renderers agree on what they say.
import type { ClaimsDatabase } from '../../engine/db/database';
import type { SourceT } from '../../engine/db/schema';
import { suggestedWordingOf } from '../../engine/db/wording';
import { LineIndex } from '../../engine/text/lineIndex';
import type { CheckedClaim, DocumentAnalysis, Verdict } from '../../engine/types';
import { claimMessage, countVerdicts } from './verdicts';

export interface ReportEvidence {
  quote: string;
  stance: 'supports' | 'contradicts' | 'qualifies';
  sourceId: string;
  sourceTitle: string;
  sourceKind: SourceT['kind'] | 'unknown';
  reliability: SourceT['reliability'] | 'unknown';
  url?: string;
}

export interface ReportReference {
  id: string;
  title: string;
  url?: string;
}

export interface ReportRow {
  /** 1-based line of the sentence's first character. */
  line: number;
  verdict: Verdict;
  sentence: string;
  cited: boolean;
  claimId: string | null;
  statement: string | null;
  message: string;
  suggestedWording: string | null;
  dispute: string | null;
  evidence: ReportEvidence[];
  references: ReportReference[];
}

export interface ReportModel {
  path: string;
  rows: ReportRow[];
  totals: Record<Verdict, number>;
  suppressed: number;
  skipped?: string;
}

export function buildReportModel(path: string, analysis: DocumentAnalysis, db: ClaimsDatabase, text: string): ReportModel {
  const index = new LineIndex(text);
  const lineOf = (offset: number) => index.positionAt(offset).line;
  return {
    path,
    rows: analysis.claims.map((c) => toRow(c, db, lineOf)),
    totals: countVerdicts(analysis.claims),
    suppressed: analysis.suppressed.length,
    skipped: analysis.skipped?.reason,
  };
}

function toRow(c: CheckedClaim, db: ClaimsDatabase, lineOf: (offset: number) => number): ReportRow {
  const message = claimMessage(c);
  const dispute = c.claim?.dispute ?? null;
  return {
    line: lineOf(c.range.start) + 1,
    verdict: c.verdict,
    sentence: c.text,
    cited: c.cited,
    claimId: c.claimId,
    statement: c.claim?.statement ?? null,
    message,
    suggestedWording: c.verdict === 'supported' ? null : (c.claim ? suggestedWordingOf(c.claim) : null),
    // The engine's message for a disputed claim usually quotes the dispute summary already.
    dispute: dispute && !collapse(message).includes(collapse(dispute)) ? dispute : null,
    evidence: c.evidence.map((e) => {
      const s = db.sources.get(e.source);
      return {
        quote: e.quote,
        stance: e.stance,
        sourceId: e.source,
        sourceTitle: s?.title ?? e.source,
        sourceKind: s?.kind ?? 'unknown',
        reliability: s?.reliability ?? 'unknown',
        url: s?.url,
      };
    }),
    references: (c.claim?.references ?? []).map((id) => {
      const r = db.references.get(id);
      return { id, title: r?.title ?? id, url: r?.url };
    }),
  };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
