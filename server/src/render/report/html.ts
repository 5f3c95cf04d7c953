// The claims report as one self-contained HTML file: inline CSS, no scripts, no external
// assets, every piece of text escaped. Opens anywhere, prints cleanly, safe to share.
import type { ClaimsDatabase } from '../../engine/db/database';
import type { DocumentAnalysis, Verdict } from '../../engine/types';
import { escapeHtml } from '../markdownEscape';
import { buildReportModel, type ReportEvidence, type ReportModel, type ReportRow } from './model';
import { VERDICT_LABELS, VERDICT_ORDER } from './verdicts';

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa;
  --supported: #1a7f37; --contradicted: #cf222e; --overstated: #9a6700; --disputed: #8250df; --unverified: #59636e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 32px 24px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
.path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 14px; color: var(--muted); word-break: break-all; }
.summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 20px 0 8px; }
.total { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; background: var(--bg-soft); }
.total b { display: block; font-size: 24px; line-height: 1.2; }
.total span { font-size: 13px; color: var(--muted); }
.total.supported b { color: var(--supported); } .total.contradicted b { color: var(--contradicted); }
.total.overstated b { color: var(--overstated); } .total.disputed b { color: var(--disputed); } .total.unverified b { color: var(--unverified); }
.note { color: var(--muted); font-size: 14px; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: 10px 12px; border-bottom: 1px solid var(--line); }
th { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); background: var(--bg-soft); }
col.line { width: 64px; } col.verdict { width: 132px; } col.sentence { width: 34%; }
td.line { font-variant-numeric: tabular-nums; color: var(--muted); text-align: right; }
.badge { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12.5px; font-weight: 600; color: #fff; white-space: nowrap; }
.badge.supported { background: var(--supported); } .badge.contradicted { background: var(--contradicted); }
.badge.overstated { background: var(--overstated); } .badge.disputed { background: var(--disputed); } .badge.unverified { background: var(--unverified); }
.cited { display: block; margin-top: 4px; font-size: 12px; color: var(--muted); }
.sentence { font-weight: 500; }
.message { margin: 0 0 6px; }
.statement { margin: 0 0 6px; color: var(--muted); font-size: 14px; }
.statement code { font-size: 12px; background: var(--bg-soft); padding: 1px 5px; border-radius: 4px; }
.wording { margin: 0 0 6px; font-size: 14px; }
ul.evidence { list-style: none; margin: 8px 0 0; padding: 0; }
ul.evidence li { margin: 0 0 8px; padding: 6px 10px; border-left: 3px solid var(--line); background: var(--bg-soft); border-radius: 0 6px 6px 0; font-size: 14px; }
ul.evidence li.supports { border-left-color: var(--supported); } ul.evidence li.contradicts { border-left-color: var(--contradicted); }
ul.evidence li.qualifies { border-left-color: var(--overstated); }
blockquote { margin: 0 0 4px; font-style: italic; }
.source { font-size: 12.5px; color: var(--muted); }
.stance { font-weight: 600; font-style: normal; }
.refs { font-size: 13px; color: var(--muted); margin-top: 6px; }
a { color: #0969da; }
footer { margin-top: 40px; font-size: 13px; color: var(--muted); }
section.document + section.document { margin-top: 56px; padding-top: 24px; border-top: 3px solid var(--line); }
@media print { main { max-width: none; padding: 0; } tr { break-inside: avoid; } }
`;

export function renderReportHtml(path: string, analysis: DocumentAnalysis, db: ClaimsDatabase, text: string): string {
  const model = buildReportModel(path, analysis, db, text);
  return htmlPage(`FactLens report: ${path}`, renderModelSection(model));
}

/** Several documents in one page, one section each. */
export function renderReportHtmlSet(docs: ReadonlyArray<{ path: string; analysis: DocumentAnalysis; text: string }>, db: ClaimsDatabase): string {
  const title = docs.length === 1 ? `FactLens report: ${docs[0].path}` : `FactLens report: ${docs.length} documents`;
  return htmlPage(title, docs.map((d) => renderModelSection(buildReportModel(d.path, d.analysis, db, d.text))).join('\n'));
}

function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
<footer>Generated by FactLens. Verdicts compare each sentence with quotes from the sources in the claims database; they are a writing aid, not medical advice.</footer>
</main>
</body>
</html>
`;
}

export function renderModelSection(m: ReportModel): string {
  const out: string[] = ['<section class="document">', '<h1>FactLens claims report</h1>', `<div class="path">${escapeHtml(m.path)}</div>`];
  if (m.skipped) {
    out.push(`<p class="note">Not checked: ${escapeHtml(m.skipped)}</p>`, '</section>');
    return out.join('\n');
  }
  const total = m.rows.length;
  out.push('<div class="summary">', `<div class="total"><b>${total}</b><span>claims</span></div>`);
  for (const v of VERDICT_ORDER) out.push(`<div class="total ${v}"><b>${m.totals[v]}</b><span>${VERDICT_LABELS[v].toLowerCase()}</span></div>`);
  out.push('</div>');
  if (m.suppressed) out.push(`<p class="note">${m.suppressed} more claim(s) switched off by disable comments.</p>`);
  if (!total) {
    out.push('<p class="note">No claims about the tracked topics were found in this document.</p>', '</section>');
    return out.join('\n');
  }
  out.push(
    '<h2>Claims</h2>',
    '<table>',
    '<colgroup><col class="line"><col class="verdict"><col class="sentence"><col></colgroup>',
    '<thead><tr><th>Line</th><th>Verdict</th><th>Sentence</th><th>What the evidence says</th></tr></thead>',
    '<tbody>',
  );
  for (const r of m.rows) out.push(renderRow(r));
  out.push('</tbody>', '</table>', '</section>');
  return out.join('\n');
}

function badge(v: Verdict): string {
  return `<span class="badge ${v}">${VERDICT_LABELS[v]}</span>`;
}

function renderRow(r: ReportRow): string {
  const cells: string[] = [];
  cells.push(`<td class="line">${r.line}</td>`);
  cells.push(`<td>${badge(r.verdict)}${r.cited ? '<span class="cited">cited in text</span>' : ''}</td>`);
  cells.push(`<td class="sentence">${escapeHtml(r.sentence)}</td>`);
  const detail: string[] = [`<p class="message">${escapeHtml(r.message)}</p>`];
  if (r.statement) detail.push(`<p class="statement">Matched claim: ${escapeHtml(r.statement)} <code>${escapeHtml(r.claimId ?? '')}</code></p>`);
  if (r.dispute) detail.push(`<p class="wording"><b>Why it is disputed:</b> ${escapeHtml(r.dispute)}</p>`);
  if (r.suggestedWording) detail.push(`<p class="wording"><b>Evidence-backed wording:</b> ${escapeHtml(r.suggestedWording)}</p>`);
  if (r.evidence.length) detail.push(`<ul class="evidence">${r.evidence.map(renderEvidence).join('')}</ul>`);
  if (r.references.length) detail.push(`<div class="refs">References: ${r.references.map((x) => link(x.title, x.url)).join('; ')}</div>`);
  cells.push(`<td>${detail.join('')}</td>`);
  return `<tr>${cells.join('')}</tr>`;
}

function renderEvidence(e: ReportEvidence): string {
  const stance = e.stance.charAt(0).toUpperCase() + e.stance.slice(1);
  return (
    `<li class="${e.stance}"><blockquote><span class="stance">${stance}:</span> “${escapeHtml(e.quote)}”</blockquote>` +
    `<div class="source">${link(e.sourceTitle, e.url)} · ${escapeHtml(e.sourceKind.replace(/-/g, ' '))} · ${escapeHtml(e.reliability)} reliability</div></li>`
  );
}

/** Only http(s) URLs become links; anything else is shown as plain text. */
function link(title: string, url: string | undefined): string {
  if (url && /^https?:\/\//i.test(url)) return `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`;
  return escapeHtml(title);
}
