// factlens.showReport: a Markdown report of one document's claims, verdicts and evidence.
import type { ClaimsDatabase } from '../engine/db/database';
import type { DocumentAnalysis, Verdict } from '../engine/types';
import { renderHoverCard } from '../render/hoverCard';
import { VERDICT_LABELS, VERDICT_SYMBOLS } from '../render/humanize';
import { escapeMarkdown, escapeQuote } from '../render/markdownEscape';
import { countVerdicts } from './analyze';

const ORDER: Verdict[] = ['contradicted', 'overstated', 'disputed', 'unverified', 'supported'];

export function renderReport(
  title: string,
  analysis: DocumentAnalysis,
  db: ClaimsDatabase,
  lineOf: (offset: number) => number,
): string {
  const out: string[] = [`# FactLens report: ${escapeMarkdown(title)}`, ''];
  if (analysis.skipped) {
    out.push(escapeMarkdown(analysis.skipped.reason), '');
    return out.join('\n');
  }
  const counts = countVerdicts(analysis);
  out.push('| Verdict | Sentences |', '| --- | --- |');
  for (const v of ORDER) out.push(`| ${VERDICT_SYMBOLS[v]} ${VERDICT_LABELS[v]} | ${counts[v]} |`);
  out.push('', `${counts.supportedUncited} supported sentence(s) have no citation yet. ${analysis.suppressed.length} sentence(s) are switched off by disable comments.`, '');
  if (!analysis.claims.length) {
    out.push('No health claims about the tracked topics were found in this document.');
    return out.join('\n') + '\n';
  }
  for (const v of ORDER) {
    const claims = analysis.claims.filter((c) => c.verdict === v).sort((a, b) => a.range.start - b.range.start);
    if (!claims.length) continue;
    out.push(`## ${VERDICT_LABELS[v]} (${claims.length})`, '');
    for (const c of claims) {
      out.push(`### Line ${lineOf(c.range.start) + 1}`, '', escapeQuote(c.text), '');
      // The hover card already says everything about a claim; demote its lines under this heading.
      out.push(renderHoverCard(c, db).trimEnd(), '', '---', '');
    }
  }
  return out.join('\n').trimEnd() + '\n';
}
