// `factlens report`: a readable claims report per document, for editors and reviewers who do
// not use the editor extension: Markdown (renders on GitHub), one self-contained HTML file, or
// schema.org ClaimReview JSON-LD.
import * as fs from 'fs';
import * as path from 'path';
import { createEngine } from '../../engine/createEngine';
import type { ClaimsDatabase } from '../../engine/db/database';
import { renderClaimReview } from '../../render/report/claimReview';
import { renderReportHtml, renderReportHtmlSet } from '../../render/report/html';
import { renderReportMarkdown } from '../../render/report/markdown';
import { analyzeFiles, type AnalyzedFile } from '../analyzeFiles';
import { oneOf, parseCommandArgs, positiveNumber, UsageError } from '../args';
import { EXIT_OK, type CliIO } from '../io';
import { loadCliDatabase } from '../loadDatabase';
import { writeOutput } from '../output';
import { DEFAULT_MAX_SIZE_KB } from './check';

export const REPORT_HELP = `Usage: factlens report [options] <file|dir|glob...>

Writes a claims report per document: every claim with its line, verdict, the matched
database claim and the evidence quotes with their sources, plus totals per verdict.

Options:
  --format <md|html|claimreview>  md: Markdown (default); html: one self-contained page;
                                  claimreview: schema.org ClaimReview JSON-LD
  --output <file|dir>             write to a file (all documents together) or, when the
                                  path is a directory or ends with "/", one file per document
  --claims <file|dir>             extra claim pack (YAML/JSON); repeatable
  --max-size-kb <n>               skip documents larger than this (default: ${DEFAULT_MAX_SIZE_KB})
  -h, --help                      show this help

Exit codes: 0 report written, 2 usage error, unreadable path or invalid claim pack.
`;

const FORMATS = ['md', 'html', 'claimreview'] as const;
type ReportFormat = (typeof FORMATS)[number];
const EXTENSIONS: Record<ReportFormat, string> = { md: '.md', html: '.html', claimreview: '.jsonld' };

export function runReport(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs('report', args, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    claims: { type: 'string', multiple: true },
    'max-size-kb': { type: 'string' },
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return EXIT_OK;
  }
  const format = oneOf('format', values.format as string | undefined, FORMATS, 'md');
  const maxSizeKb = positiveNumber('max-size-kb', values['max-size-kb'] as string | undefined, DEFAULT_MAX_SIZE_KB);
  if (!positionals.length) throw new UsageError('report: give at least one file, directory or glob.\nRun `factlens report --help` for usage.');

  const { db } = loadCliDatabase((values.claims as string[] | undefined) ?? [], io.cwd);
  const { files } = analyzeFiles(createEngine(db), positionals, io, { maxSizeKb });
  const output = values.output as string | undefined;

  if (output && isDirectoryTarget(output, io.cwd)) {
    const names = outputNames(files.map((f) => f.path), EXTENSIONS[format]);
    files.forEach((f, i) => writeOutput(io, path.join(output, names[i]), renderOne(format, f, db)));
    io.stderr(`wrote ${files.length} report${files.length === 1 ? '' : 's'} to ${output}\n`);
    return EXIT_OK;
  }
  writeOutput(io, output, renderAll(format, files, db));
  return EXIT_OK;
}

function renderOne(format: ReportFormat, f: AnalyzedFile, db: ClaimsDatabase): string {
  if (format === 'html') return renderReportHtml(f.path, f.analysis, db, f.text);
  if (format === 'claimreview') return JSON.stringify(renderClaimReview(f.path, f.analysis, db, f.text), null, 2) + '\n';
  return renderReportMarkdown(f.path, f.analysis, db, f.text);
}

function renderAll(format: ReportFormat, files: AnalyzedFile[], db: ClaimsDatabase): string {
  if (format === 'html') return renderReportHtmlSet(files, db);
  if (format === 'claimreview') return JSON.stringify(files.flatMap((f) => renderClaimReview(f.path, f.analysis, db, f.text)), null, 2) + '\n';
  return files.map((f) => renderReportMarkdown(f.path, f.analysis, db, f.text)).join('\n---\n\n');
}

function isDirectoryTarget(output: string, cwd: string): boolean {
  if (/[\\/]$/.test(output)) return true;
  try {
    return fs.statSync(path.resolve(cwd, output)).isDirectory();
  } catch {
    return false;
  }
}

/** `draft.md` -> `draft.report.html`; documents with the same name get their directory prefixed. */
export function outputNames(paths: string[], ext: string): string[] {
  const base = (p: string) => path.basename(p).replace(/\.(md|markdown)$/i, '');
  const counts = new Map<string, number>();
  for (const p of paths) counts.set(base(p), (counts.get(base(p)) ?? 0) + 1);
  return paths.map((p) => {
    const name = counts.get(base(p))! > 1 ? p.replace(/\.(md|markdown)$/i, '').replace(/^[./\\]+/, '').replace(/[\\/]+/g, '__') : base(p);
    return `${name}.report${ext}`;
  });
}
