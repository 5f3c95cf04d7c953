// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one rule per verdict, one result
// per claim that needs attention. Supported claims are not results: code scanning would turn
// every one into an alert, and SARIF's `kind: pass` is not in the subset GitHub documents.
import { createHash } from 'crypto';
import * as path from 'path';
import { suggestedWordingOf } from '../../engine/db/wording';
import type { CheckedClaim, Verdict } from '../../engine/types';
import { claimMessage, VERDICT_DESCRIPTIONS, VERDICT_LABELS } from '../../render/report/verdicts';
import { FACTLENS_VERSION } from '../version';
import type { CheckResult } from './checkResult';
import { rangeMapper } from './positions';

type Level = 'error' | 'warning' | 'note' | 'none';

const RULES: ReadonlyArray<{ verdict: Verdict; name: string; level: Level; help: string }> = [
  {
    verdict: 'contradicted',
    name: 'ContradictedClaim',
    level: 'error',
    help: 'Rewrite the sentence so it agrees with the evidence, or remove it. The evidence card (hover in VS Code, or `factlens report`) quotes the sources.',
  },
  {
    verdict: 'overstated',
    name: 'OverstatedClaim',
    level: 'warning',
    help: 'Soften the wording to what the sources support (the message and `factlens report` give evidence-backed wording).',
  },
  {
    verdict: 'disputed',
    name: 'DisputedClaim',
    level: 'warning',
    help: 'The sources disagree. Say so in the text, or cite the evidence on both sides.',
  },
  {
    verdict: 'unverified',
    name: 'UnverifiedClaim',
    level: 'note',
    help: 'No entry in the claims database covers this sentence. Add a citation, or add the claim to a claim pack (.factlens/claims/) with evidence.',
  },
  {
    verdict: 'supported',
    name: 'SupportedClaim',
    level: 'none',
    help: 'Nothing to do; consider citing the source the evidence comes from.',
  },
];

export interface SarifOptions {
  /** Artifact URIs are written relative to this directory (the repository root in CI). */
  cwd: string;
}

export function toSarif(result: CheckResult, options: SarifOptions): object {
  const rules = RULES.map((r) => ({
    id: r.verdict,
    name: r.name,
    shortDescription: { text: `${VERDICT_LABELS[r.verdict]} health claim` },
    fullDescription: { text: VERDICT_DESCRIPTIONS[r.verdict] },
    help: { text: r.help, markdown: r.help },
    defaultConfiguration: { level: r.level },
    properties: { tags: ['fact-check', 'health'] },
  }));
  const ruleIndex = new Map(RULES.map((r, i) => [r.verdict, i]));
  const results: object[] = [];
  for (const file of result.files) {
    const toPositions = rangeMapper(file.text);
    const uri = toUri(file.path, options.cwd);
    const seen = new Map<string, number>();
    for (const c of file.analysis.claims) {
      if (c.verdict === 'supported') continue;
      const { start, end } = toPositions(c.range);
      const rule = RULES[ruleIndex.get(c.verdict)!];
      results.push({
        ruleId: c.verdict,
        ruleIndex: ruleIndex.get(c.verdict),
        level: rule.level,
        message: { text: resultMessage(c) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: {
                startLine: start.line + 1,
                startColumn: start.character + 1,
                endLine: end.line + 1,
                endColumn: end.character + 1,
                snippet: { text: c.text },
              },
            },
          },
        ],
        partialFingerprints: { 'factlensClaim/v1': fingerprint(c, seen) },
        properties: { claimId: c.claimId, cited: c.cited, score: c.score },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'FactLens', version: FACTLENS_VERSION, semanticVersion: FACTLENS_VERSION, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(result: CheckResult, options: SarifOptions): string {
  return JSON.stringify(toSarif(result, options), null, 2) + '\n';
}

function resultMessage(c: CheckedClaim): string {
  let text = claimMessage(c);
  if ((c.verdict === 'overstated' || c.verdict === 'contradicted') && c.claim) {
    text += ` Evidence-backed wording: "${suggestedWordingOf(c.claim)}"`;
  }
  return text;
}

/** Relative, `/`-separated, percent-encoded: what code scanning resolves against the repository root. */
function toUri(file: string, cwd: string): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs) || path.basename(abs);
  return rel.split(path.sep).map(encodeURIComponent).join('/');
}

/**
 * Stable across edits elsewhere in the file: the verdict, the matched claim and the sentence's
 * words (not its line), plus an occurrence number for repeated sentences.
 */
function fingerprint(c: CheckedClaim, seen: Map<string, number>): string {
  const key = `${c.verdict}\u0000${c.claimId ?? ''}\u0000${c.text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
}
