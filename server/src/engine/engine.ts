// The engine's public entry point: build once per database, then analyse documents.
// Plain TypeScript: no LSP or VS Code types here, so the CLI, the server and tests share it.
import type { ClaimsDatabase } from './db/database';
import type { DocumentSession } from './session';
import type { DocumentAnalysis } from './types';

export interface AnalyzeOptions {
  /** Documents larger than this many UTF-16 code units are skipped with a reason. Default 2 MB. */
  maxSize?: number;
}

export interface Engine {
  readonly db: ClaimsDatabase;
  analyze(text: string, options?: AnalyzeOptions): DocumentAnalysis;
  /**
   * Starts incremental analysis of an open document: `session.update(newText)` returns what
   * analyze(newText) would, re-parsing and re-checking only the blocks the change touched.
   * Optional so that stand-in engines (tests) need not provide it; createEngine does.
   */
  openDocument?(text: string, options?: AnalyzeOptions): DocumentSession;
}
