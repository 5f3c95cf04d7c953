// textDocument/hover: the evidence card for the checked sentence under the cursor.
import type { Hover, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimsDatabase } from '../engine/db/database';
import type { DocumentAnalysis } from '../engine/types';
import { renderHoverCard } from '../render/hoverCard';
import { claimAt } from './claimAt';
import { toRange } from './diagnostics';

export function hoverAt(doc: TextDocument, analysis: DocumentAnalysis, db: ClaimsDatabase, position: Position): Hover | null {
  const claim = claimAt(analysis, doc.offsetAt(position));
  if (!claim) return null;
  return { contents: { kind: 'markdown', value: renderHoverCard(claim, db) }, range: toRange(doc, claim.range) };
}
