// The status bar item: "FactLens: 2 ✗ 1 ⚠ 5 ✓" for the active Markdown document; click for the report.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

export class FactLensStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('factlens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly isChecked: (doc: vscode.TextDocument) => boolean) {
    this.item.name = 'FactLens';
    this.item.command = 'factlens.showReport';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
    );
    this.refresh();
  }

  update(status: StatusParams): void {
    this.byUri.set(vscode.Uri.parse(status.uri).toString(), status);
    this.refresh();
  }

  refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.isChecked(doc)) {
      this.item.hide();
      return;
    }
    const s = this.byUri.get(doc.uri.toString());
    if (!s) {
      this.item.text = 'FactLens: $(sync~spin)';
      this.item.tooltip = 'FactLens is checking this document';
    } else if (s.skipped) {
      this.item.text = 'FactLens: skipped';
      this.item.tooltip = s.skipped;
    } else {
      const c = s.counts;
      this.item.text = `FactLens: ${c.contradicted} ✗ ${c.overstated + c.disputed} ⚠ ${c.supported} ✓`;
      this.item.tooltip = new vscode.MarkdownString(
        [
          `**FactLens** (click for the report)`,
          '',
          `- ✗ contradicted: ${c.contradicted}`,
          `- ⚠ overstated: ${c.overstated}, disputed: ${c.disputed}`,
          `- ? unverified: ${c.unverified}`,
          `- ✓ supported: ${c.supported} (${c.supportedUncited} without citation)`,
        ].join('\n'),
      );
    }
    this.item.show();
  }

  clear(): void {
    this.byUri.clear();
    this.refresh();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
