// `factlens check`: the CI entry point. Checks Markdown documents and exits 1 when a claim has a
// verdict listed in --fail-on, so a pipeline can stop a draft that contradicts its evidence.
import { createEngine } from '../../engine/createEngine';
import type { Verdict } from '../../engine/types';
import { isVerdict } from '../../render/report/verdicts';
import { VERDICTS } from '../../engine/db/wording';
import { analyzeFiles } from '../analyzeFiles';
import { oneOf, parseCommandArgs, positiveNumber, UsageError } from '../args';
import { palette, useColor } from '../color';
import type { CheckResult } from '../format/checkResult';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { formatText } from '../format/text';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from '../io';
import { loadCliDatabase } from '../loadDatabase';
import { writeOutput } from '../output';

export const CHECK_HELP = `Usage: factlens check [options] <file|dir|glob...>

Checks the health claims in Markdown documents against the claims database.
Directories are searched recursively for .md and .markdown files (node_modules and
hidden directories are skipped); quoted globs such as "docs/**/*.md" are expanded.

Options:
  --format <text|json|sarif>  output format (default: text)
  --fail-on <verdicts>        comma-separated verdicts that make the run fail (exit 1);
                              default: contradicted,overstated; "none" never fails.
                              Verdicts: ${VERDICTS.join(', ')}
  --claims <file|dir>         extra claim pack (YAML/JSON); repeatable. Packs in
                              .factlens/claims/ are loaded automatically.
  --output <file>             write the report to a file instead of stdout
  --max-size-kb <n>           skip documents larger than this (default: 2048)
  --quiet                     text format: list only claims with a --fail-on verdict
  -h, --help                  show this help

Exit codes: 0 nothing at --fail-on found, 1 something was, 2 usage error,
unreadable path or invalid claim pack.
`;

const FORMATS = ['text', 'json', 'sarif'] as const;
export const DEFAULT_FAIL_ON: readonly Verdict[] = ['contradicted', 'overstated'];
export const DEFAULT_MAX_SIZE_KB = 2048;

export function parseFailOn(value: string | undefined): Set<Verdict> {
  if (value === undefined) return new Set(DEFAULT_FAIL_ON);
  const items = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (items.length === 1 && items[0] === 'none') return new Set();
  if (!items.length) throw new UsageError('--fail-on needs a comma-separated list of verdicts, or "none"');
  const unknown = items.filter((v) => !isVerdict(v));
  if (unknown.length) {
    throw new UsageError(`--fail-on: unknown verdict${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; use ${VERDICTS.join(', ')} or none`);
  }
  return new Set(items as Verdict[]);
}

export function runCheck(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs('check', args, {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    claims: { type: 'string', multiple: true },
    output: { type: 'string', short: 'o' },
    'max-size-kb': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT_OK;
  }
  const format = oneOf('format', values.format as string | undefined, FORMATS, 'text');
  const failOn = parseFailOn(values['fail-on'] as string | undefined);
  const maxSizeKb = positiveNumber('max-size-kb', values['max-size-kb'] as string | undefined, DEFAULT_MAX_SIZE_KB);
  if (!positionals.length) throw new UsageError('check: give at least one file, directory or glob.\nRun `factlens check --help` for usage.');

  const { db } = loadCliDatabase((values.claims as string[] | undefined) ?? [], io.cwd);
  const engine = createEngine(db);
  const result: CheckResult = analyzeFiles(engine, positionals, io, { maxSizeKb });

  const output = values.output as string | undefined;
  let content: string;
  if (format === 'json') content = formatJson(result, (id) => db.sources.get(id)?.title);
  else if (format === 'sarif') content = formatSarif(result, { cwd: io.cwd });
  else {
    const colour = !output && useColor(io.stdoutIsTTY, io.env);
    content = formatText(result, { palette: palette(colour), only: values.quiet ? failOn : undefined });
  }
  writeOutput(io, output, content);

  const failed = result.files.some((f) => f.analysis.claims.some((c) => failOn.has(c.verdict)));
  return failed ? EXIT_FINDINGS : EXIT_OK;
}
