// textDocument/documentSymbol: the document's claims grouped under their verdict.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, Verdict } from '../engine/types';
import { VERDICT_LABELS } from '../render/humanize';
import { toRange } from './diagnostics';

const ORDER: Verdict[] = ['contradicted', 'overstated', 'disputed', 'unverified', 'supported'];

function shortName(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? t.slice(0, 79) + '…' : t || '(empty sentence)';
}

export function documentSymbols(doc: TextDocument, analysis: DocumentAnalysis): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const verdict of ORDER) {
    const claims = analysis.claims.filter((c) => c.verdict === verdict).sort((a, b) => a.range.start - b.range.start);
    if (!claims.length) continue;
    const children: DocumentSymbol[] = claims.map((c) => ({
      name: shortName(c.text),
      detail: c.claimId ?? undefined,
      kind: SymbolKind.String,
      range: toRange(doc, c.range),
      selectionRange: toRange(doc, c.range),
    }));
    const range = toRange(doc, { start: claims[0].range.start, end: Math.max(...claims.map((c) => c.range.end)) });
    out.push({
      name: `${VERDICT_LABELS[verdict]} (${claims.length})`,
      kind: SymbolKind.Namespace,
      range,
      selectionRange: children[0].selectionRange,
      children,
    });
  }
  return out;
}
