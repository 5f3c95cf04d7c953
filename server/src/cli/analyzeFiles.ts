// Shared by `check` and `report`: expand the paths, read each document and run the engine on it.
import * as path from 'path';
import type { Engine } from '../engine/engine';
import type { DocumentAnalysis } from '../engine/types';
import { InputError } from './args';
import { expandPaths } from './inputs/expandPaths';
import { readDocument } from './inputs/readDocument';
import type { CliIO } from './io';

export interface AnalyzedFile {
  /** The path as the user gave it (or as found under a directory they gave). */
  path: string;
  text: string;
  analysis: DocumentAnalysis;
}

export interface AnalyzeFilesOptions {
  maxSizeKb: number;
}

/**
 * Analyses every document. Unusable arguments (missing paths, globs matching nothing) throw an
 * InputError before any work; skipped files are reported on stderr, one line each.
 */
export interface SkippedFile {
  path: string;
  reason: string;
}

export function analyzeFiles(
  engine: Engine,
  args: string[],
  io: CliIO,
  options: AnalyzeFilesOptions,
): { files: AnalyzedFile[]; skipped: SkippedFile[] } {
  const { files, problems } = expandPaths(args, io.cwd);
  if (problems.length) throw new InputError(problems);
  const maxBytes = Math.floor(options.maxSizeKb * 1024);
  const out: AnalyzedFile[] = [];
  const unreadable: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const read = readDocument(path.resolve(io.cwd, file), maxBytes);
    if (!read.ok) {
      if ('error' in read) unreadable.push(`${file}: ${read.error}`);
      else {
        io.stderr(`${file}: ${read.skip}\n`);
        skipped.push({ path: file, reason: read.skip });
      }
      continue;
    }
    const analysis = engine.analyze(read.text, { maxSize: maxBytes });
    if (analysis.skipped) {
      const reason = `skipped: ${analysis.skipped.reason}`;
      io.stderr(`${file}: ${reason}\n`);
      skipped.push({ path: file, reason });
      continue;
    }
    out.push({ path: file, text: read.text, analysis });
  }
  if (unreadable.length) throw new InputError(unreadable);
  return { files: out, skipped };
}
