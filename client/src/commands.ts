// Client-side halves of the commands: the server computes, the client shows.
import * as vscode from 'vscode';
import type { CheckWorkspaceResult } from '../../server/src/lsp/protocol';

/** The document a command applies to: the one given (status bar, code lens) or the active editor's. */
export function targetUri(args: unknown[]): string | undefined {
  const first = args[0];
  if (typeof first === 'string') return first;
  if (first instanceof vscode.Uri) return first.toString();
  return vscode.window.activeTextEditor?.document.uri.toString();
}

export async function showReport(markdown: unknown): Promise<void> {
  if (typeof markdown !== 'string') return;
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
  } catch {
    await vscode.window.showTextDocument(doc, { preview: true });
  }
}

export function reportWorkspaceCheck(result: unknown): void {
  const r = result as CheckWorkspaceResult | undefined;
  if (!r) return;
  const what = `${r.files} file${r.files === 1 ? '' : 's'}, ${r.claims} claim${r.claims === 1 ? '' : 's'}`;
  void vscode.window.showInformationMessage(
    r.cancelled ? `FactLens: workspace check stopped after ${what}.` : `FactLens: checked ${what}. See the Problems panel.`,
  );
}
