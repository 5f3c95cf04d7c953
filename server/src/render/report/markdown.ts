// The claims report as GitHub-flavoured Markdown: totals, one table row per claim, then the
// evidence behind each verdict. Every piece of document or database text is escaped.
import type { ClaimsDatabase } from '../../engine/db/database';
import type { DocumentAnalysis, Verdict } from '../../engine/types';
import { escapeMarkdown, safeLink } from '../markdownEscape';
import { buildReportModel, type ReportEvidence, type ReportModel, type ReportRow } from './model';
import { VERDICT_LABELS, VERDICT_ORDER } from './verdicts';

const VERDICT_ICONS: Record<Verdict, string> = {
  supported: '✅',
  contradicted: '❌',
  overstated: '⚠️',
  disputed: '⚖️',
  unverified: '❔',
};

const STANCE_LABELS: Record<ReportEvidence['stance'], string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  qualifies: 'Qualifies',
};

export function renderReportMarkdown(path: string, analysis: DocumentAnalysis, db: ClaimsDatabase, text: string): string {
  return renderModelMarkdown(buildReportModel(path, analysis, db, text));
}

export function renderModelMarkdown(m: ReportModel): string {
  const out: string[] = [];
  out.push(`# FactLens claims report: ${escapeMarkdown(m.path)}`, '');
  if (m.skipped) {
    out.push(`Not checked: ${escapeMarkdown(m.skipped)}`, '');
    return out.join('\n');
  }
  const total = m.rows.length;
  out.push(`${total} claim${total === 1 ? '' : 's'} checked against the FactLens claims database.` + (m.suppressed ? ` ${m.suppressed} more switched off by disable comments.` : ''), '');
  out.push('| Verdict | Claims |', '| --- | ---: |');
  for (const v of VERDICT_ORDER) out.push(`| ${verdictBadge(v)} | ${m.totals[v]} |`);
  out.push(`| **Total** | **${total}** |`, '');
  if (!total) return out.join('\n');

  out.push('## Claims', '', '| Line | Verdict | Sentence | Matched claim |', '| ---: | --- | --- | --- |');
  for (const r of m.rows) {
    const matched = r.statement ? `${escapeMarkdown(r.statement)} (\`${r.claimId}\`)` : '—';
    out.push(`| ${r.line} | ${verdictBadge(r.verdict)}${r.cited ? ' (cited)' : ''} | ${escapeMarkdown(r.sentence)} | ${matched} |`);
  }
  out.push('', '## Evidence', '');
  for (const r of m.rows) out.push(...rowDetails(r));
  return out.join('\n').replace(/\n+$/, '\n');
}

function verdictBadge(v: Verdict): string {
  return `${VERDICT_ICONS[v]} ${VERDICT_LABELS[v]}`;
}

function rowDetails(r: ReportRow): string[] {
  const out = [`### Line ${r.line}: ${verdictBadge(r.verdict)}`, '', `> ${escapeMarkdown(r.sentence)}`, ''];
  out.push(`${escapeMarkdown(r.message)}`, '');
  if (r.statement) out.push(`**Matched claim** (\`${r.claimId}\`): ${escapeMarkdown(r.statement)}`, '');
  if (r.dispute) out.push(`**Why it is disputed:** ${escapeMarkdown(r.dispute)}`, '');
  if (r.suggestedWording) out.push(`**Evidence-backed wording:** ${escapeMarkdown(r.suggestedWording)}`, '');
  if (r.evidence.length) {
    out.push('**Evidence:**', '');
    for (const e of r.evidence) {
      out.push(`- ${STANCE_LABELS[e.stance]}: “${escapeMarkdown(e.quote)}” — ${safeLink(e.sourceTitle, e.url)} (${e.sourceKind.replace(/-/g, ' ')}, ${e.reliability} reliability)`);
    }
    out.push('');
  }
  if (r.references.length) {
    out.push(`**References:** ${r.references.map((ref) => safeLink(ref.title, ref.url)).join('; ')}`, '');
  }
  return out;
}
