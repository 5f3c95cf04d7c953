// textDocument/codeAction: turns the pure fixes (server/src/fixes) into LSP code actions.
import * as fs from 'fs';
import * as path from 'path';
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type WorkspaceEdit,
  type TextDocumentEdit,
  type CreateFile,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimsDatabase } from '../engine/db/database';
import type { CheckedClaim, DocumentAnalysis } from '../engine/types';
import {
  alreadyCited,
  citationCandidates,
  fixAll,
  ignoreFix,
  insertCitationFix,
  rewriteFix,
  type CitationContext,
  type Fix,
} from '../fixes';
import { claimsOverlapping } from './claimAt';
import { DIAGNOSTIC_SOURCE, severityOf } from './diagnostics';
import { insideAny, pathToUri, uriToPath } from './paths';
import type { Settings } from './settings';

export const FIX_ALL_KIND = 'source.fixAll.factlens';

export interface ActionContext {
  doc: TextDocument;
  analysis: DocumentAnalysis;
  db: ClaimsDatabase;
  settings: Settings;
  workspaceFolders: string[];
  /** The client can apply documentChanges (needed to create a bibliography file). */
  documentChanges: boolean;
}

interface ResolvedFile {
  uri: string;
  text: string | null;
}

/** Bibliography files are named relative to the document and must stay inside the workspace. */
function resolveSideFile(ctx: ActionContext, name: string): ResolvedFile | null {
  const docPath = uriToPath(ctx.doc.uri);
  const abs = path.isAbsolute(name) ? name : docPath ? path.resolve(path.dirname(docPath), name) : null;
  if (!abs || !insideAny(ctx.workspaceFolders, abs)) return null;
  let text: string | null = null;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch {
    text = null;
  }
  return { uri: pathToUri(abs), text };
}

export function citationContext(ctx: ActionContext): CitationContext {
  return {
    text: ctx.doc.getText(),
    style: ctx.settings.citationStyle,
    readFile: (name) => resolveSideFile(ctx, name)?.text ?? null,
  };
}

/** The WorkspaceEdit for a fix, or null when it touches a file it may not (outside the workspace). */
export function toWorkspaceEdit(ctx: ActionContext, fix: Fix): WorkspaceEdit | null {
  const doc = ctx.doc;
  const mainEdits = fix.edits.map((e) => ({ range: { start: doc.positionAt(e.range.start), end: doc.positionAt(e.range.end) }, newText: e.newText }));
  if (!fix.files.length && !ctx.documentChanges) return { changes: { [doc.uri]: mainEdits } };
  const changes: Array<TextDocumentEdit | CreateFile> = [];
  if (mainEdits.length) changes.push({ textDocument: { uri: doc.uri, version: doc.version }, edits: mainEdits });
  for (const f of fix.files) {
    const side = resolveSideFile(ctx, f.path);
    if (!side || !ctx.documentChanges) return null;
    const sideDoc = TextDocument.create(side.uri, 'plaintext', 0, side.text ?? '');
    if (f.create) changes.push({ kind: 'create', uri: side.uri, options: { ignoreIfExists: true } });
    changes.push({
      textDocument: { uri: side.uri, version: null },
      edits: f.edits.map((e) => ({ range: { start: sideDoc.positionAt(e.range.start), end: sideDoc.positionAt(e.range.end) }, newText: e.newText })),
    });
  }
  return { documentChanges: changes };
}

function diagnosticsFor(claim: CheckedClaim, ctx: ActionContext, diagnostics: Diagnostic[]): Diagnostic[] {
  const start = ctx.doc.positionAt(claim.range.start);
  return diagnostics.filter(
    (d) => d.source === DIAGNOSTIC_SOURCE && d.range.start.line === start.line && d.range.start.character === start.character,
  );
}

function action(ctx: ActionContext, fix: Fix, kind: string, diagnostics: Diagnostic[]): CodeAction | null {
  const edit = toWorkspaceEdit(ctx, fix);
  if (!edit) return null;
  return { title: fix.title, kind, edit, diagnostics: diagnostics.length ? diagnostics : undefined, isPreferred: fix.isPreferred };
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function quickFixesForClaim(ctx: ActionContext, claim: CheckedClaim): Fix[] {
  const text = ctx.doc.getText();
  const fixes: Fix[] = [];
  const rewrite = rewriteFix(text, claim);
  if (rewrite) fixes.push(rewrite);
  if (claim.verdict === 'supported' || claim.verdict === 'disputed') {
    const cctx = citationContext(ctx);
    for (const c of citationCandidates(claim, ctx.db)) {
      if (alreadyCited(claim, c)) continue;
      const fix = insertCitationFix(cctx, claim, c);
      if (fix) fixes.push(fix);
    }
    if (claim.verdict === 'supported' && fixes.length) fixes[0].isPreferred = true;
  }
  const ignore = ignoreFix(text, claim);
  if (ignore) fixes.push(ignore);
  return fixes;
}

export function codeActions(ctx: ActionContext, range: Range, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  const out: CodeAction[] = [];
  if (ctx.analysis.skipped) return out;
  if (wants(only, CodeActionKind.QuickFix)) {
    const r = { start: ctx.doc.offsetAt(range.start), end: ctx.doc.offsetAt(range.end) };
    for (const claim of claimsOverlapping(ctx.analysis, r)) {
      // Claims the writer switched off (severity "off") or that are fine get no actions.
      if (severityOf(claim, ctx.settings) === null) continue;
      const related = diagnosticsFor(claim, ctx, diagnostics);
      for (const fix of quickFixesForClaim(ctx, claim)) {
        const a = action(ctx, fix, CodeActionKind.QuickFix, related);
        if (a) out.push(a);
      }
    }
  }
  if (wants(only, FIX_ALL_KIND)) {
    const fix = fixAllFix(ctx);
    const a = fix && action(ctx, fix, FIX_ALL_KIND, []);
    if (a) out.push(a);
  }
  return out;
}

export function fixAllFix(ctx: ActionContext): Fix | null {
  if (ctx.analysis.skipped) return null;
  return fixAll(citationContext(ctx), ctx.analysis.claims, ctx.db);
}
