// `npm run eval`: runs the engine over the labelled drafts in eval/drafts and prints detection and
// verdict figures. It measures and never gates: exit 0 after measuring, 2 when a label cannot be used,
// 1 on bad arguments.
//
//   --split dev|test|all   which drafts to report (default: all three summaries; errors for dev only)
//   --json <file>          also write the figures as JSON
//   --verbose              list every disagreement (gold vs predicted, sentence)
//   --drafts <dir>         another directory of drafts and sidecars (default eval/drafts)
import * as fs from 'fs';
import { parseArgs } from 'util';
import { createEngine } from '../server/src/engine/createEngine';
import { loadBuiltinDatabase } from '../server/src/engine/db/load';
import { coverageErrors, scopeErrors } from './checkLabels';
import { DEFAULT_DRAFTS_DIR, loadDataset, type Draft } from './dataset';
import { SPLITS, type Split } from './labelFile';
import { formatErrors, formatMetrics } from './report';
import { aggregate, listErrors, scoreDraft, type DraftScore } from './scoring';

type SplitChoice = Split | 'all';

function parseCli(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      split: { type: 'string' },
      json: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      drafts: { type: 'string' },
    },
  });
  const split = values.split as string | undefined;
  if (split !== undefined && split !== 'all' && !(SPLITS as readonly string[]).includes(split)) {
    throw new Error(`--split must be dev, test or all (got "${split}")`);
  }
  return { split: split as SplitChoice | undefined, json: values.json, verbose: values.verbose ?? false, drafts: values.drafts ?? DEFAULT_DRAFTS_DIR };
}

function scoreAll(drafts: Draft[]): Map<string, { draft: Draft; score: DraftScore }> {
  const engine = createEngine(loadBuiltinDatabase());
  const out = new Map<string, { draft: Draft; score: DraftScore }>();
  for (const draft of drafts) {
    const analysis = engine.analyze(draft.text);
    if (analysis.skipped) console.warn(`warning: ${draft.file} was skipped by the engine: ${analysis.skipped.reason}`);
    out.set(draft.name, { draft, score: scoreDraft(draft.name, draft.labels, analysis.claims) });
  }
  return out;
}

function main(): number {
  let cli;
  try {
    cli = parseCli(process.argv.slice(2));
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    return 1;
  }

  const { drafts, errors } = loadDataset(cli.drafts);
  if (errors.length) {
    console.error('eval: labelling errors, fix these first:');
    for (const e of errors) console.error(`  ${e.file}:${e.line}: ${e.message}`);
    return 2;
  }
  // Gaps in coverage skew the figures but do not stop a measurement; the label test enforces them.
  for (const e of [...coverageErrors(drafts), ...scopeErrors(drafts)]) console.warn(`warning: ${e.file}:${e.line}: ${e.message}`);

  const scored = scoreAll(drafts);
  const inSplit = (s: SplitChoice) => [...scored.values()].filter((x) => s === 'all' || x.draft.split === s).map((x) => x.score);
  const shown: SplitChoice[] = cli.split ? [cli.split] : ['all', 'dev', 'test'];
  const figures: Record<string, ReturnType<typeof aggregate>> = {};
  for (const s of shown) {
    figures[s] = aggregate(inSplit(s));
    console.log(formatMetrics(s, figures[s]) + '\n');
  }

  // Unlabelled detections are gaps in the labels, not engine errors: always list them so they get labelled.
  const unlabelled = inSplit(cli.split ?? 'all').flatMap((s) => s.unlabelledDetections.map((d) => ({ draft: s.draft, d })));
  if (unlabelled.length) {
    console.log(`detections on unlabelled sentences (${unlabelled.length}) - label them in the sidecars:`);
    for (const { draft, d } of unlabelled) console.log(`  [${draft}] ${d.verdict}: "${d.text}"`);
    console.log('');
  }

  if (cli.verbose) {
    // Without an explicit --split, only dev errors are listed so tuning does not look at the held-out drafts.
    const errorSplit: SplitChoice = cli.split ?? 'dev';
    console.log(`errors (${errorSplit}):`);
    console.log(formatErrors(listErrors(inSplit(errorSplit))) + '\n');
  }

  if (cli.json) {
    const perDraft = Object.fromEntries(
      [...scored.values()]
        .filter((x) => !cli.split || cli.split === 'all' || x.draft.split === cli.split)
        .map((x) => [x.draft.name, { split: x.draft.split, ...aggregate([x.score]) }]),
    );
    fs.writeFileSync(cli.json, JSON.stringify({ splits: figures, drafts: perDraft }, null, 2) + '\n');
    console.log(`figures written to ${cli.json}`);
  }
  return 0;
}

process.exitCode = main();
