// Maps checked claims to LSP diagnostics: one per claim, severity from the settings by verdict.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedClaim, DocumentAnalysis, OffsetRange } from '../engine/types';
import { stripEmphasis } from '../render/humanize';
import type { SeverityKey, SeverityName, Settings } from './settings';

export const DIAGNOSTIC_SOURCE = 'factlens';

const SEVERITIES: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Which severity setting governs a claim; null for supported-and-cited claims, which are fine. */
export function severityKey(c: Pick<CheckedClaim, 'verdict' | 'cited'>): SeverityKey | null {
  if (c.verdict === 'supported') return c.cited ? null : 'supportedUncited';
  return c.verdict;
}

export function severityOf(c: Pick<CheckedClaim, 'verdict' | 'cited'>, settings: Settings): DiagnosticSeverity | null {
  const key = severityKey(c);
  if (!key) return null;
  const name = settings.severity[key];
  return name === 'off' ? null : SEVERITIES[name];
}

export function toRange(doc: Pick<TextDocument, 'positionAt'>, r: OffsetRange) {
  return { start: doc.positionAt(r.start), end: doc.positionAt(r.end) };
}

/**
 * Messages repeat across a document's claims and across its versions (every keystroke republishes
 * thousands of diagnostics): each distinct message is stripped once. Bounded, since messages are
 * few (one per claim, verdict and citation state) but packs may add claims.
 */
const plainMessages = new Map<string, string>();
const PLAIN_MESSAGES_LIMIT = 4096;

function plainMessage(message: string): string {
  // Most messages carry no emphasis: a scan is cheaper than a lookup that compares whole strings.
  if (message.indexOf('*') === -1) return message;
  let plain = plainMessages.get(message);
  if (plain === undefined) {
    if (plainMessages.size >= PLAIN_MESSAGES_LIMIT) plainMessages.clear();
    plain = stripEmphasis(message);
    plainMessages.set(message, plain);
  }
  return plain;
}

export function claimDiagnostic(doc: Pick<TextDocument, 'positionAt'>, c: CheckedClaim, severity: DiagnosticSeverity): Diagnostic {
  return {
    range: toRange(doc, c.range),
    severity,
    source: DIAGNOSTIC_SOURCE,
    code: c.verdict,
    message: plainMessage(c.message),
    data: { claimId: c.claimId },
  };
}

/** A document that was not checked gets one Information diagnostic at the top, saying why. */
export function skippedDiagnostic(doc: Pick<TextDocument, 'positionAt' | 'getText'>, reason: string): Diagnostic {
  const text = doc.getText();
  const firstLineEnd = Math.min(text.search(/\r?\n|$/), 200);
  return {
    range: { start: { line: 0, character: 0 }, end: doc.positionAt(Math.max(0, firstLineEnd)) },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: 'skipped',
    message: reason,
  };
}

export function analysisDiagnostics(
  doc: Pick<TextDocument, 'positionAt' | 'getText'>,
  analysis: DocumentAnalysis,
  settings: Settings,
): Diagnostic[] {
  if (analysis.skipped) return [skippedDiagnostic(doc, analysis.skipped.reason)];
  const out: Diagnostic[] = [];
  for (const c of analysis.claims) {
    const severity = severityOf(c, settings);
    if (severity !== null) out.push(claimDiagnostic(doc, c, severity));
  }
  return out;
}
