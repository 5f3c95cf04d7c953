// Checks the labelled `examples` of claims: each example text is analysed as a one-sentence
// document and must get the expected verdict and, unless it is unverified, match its own claim.
// Pure (no file system) so `factlens db test` and the test suite share it.
import type { Engine } from '../engine';
import type { CheckedClaim, Verdict } from '../types';
import type { ClaimsDatabase } from './database';

export interface ExampleCase {
  claimId: string;
  /** File the claim came from (for messages). */
  file: string;
  text: string;
  expected: Verdict;
}

export interface ExampleOutcome extends ExampleCase {
  /** Verdict the engine gave; null when it detected no claim in the text at all. */
  got: Verdict | null;
  matched: string | null;
  passed: boolean;
}

export interface SelfTestResult {
  outcomes: ExampleOutcome[];
  passed: number;
  failed: number;
}

/** Examples of every claim in the database, or only of claims for which `include` is true. */
export function collectExamples(db: ClaimsDatabase, include: (claimId: string, file: string) => boolean = () => true): ExampleCase[] {
  const out: ExampleCase[] = [];
  for (const claim of db.claims) {
    const file = db.claimOrigin.get(claim.id)?.file ?? '<unknown>';
    if (!include(claim.id, file)) continue;
    for (const ex of claim.examples) out.push({ claimId: claim.id, file, text: ex.text, expected: ex.verdict });
  }
  return out;
}

export function checkExample(engine: Engine, example: ExampleCase): ExampleOutcome {
  const { claims } = engine.analyze(example.text);
  // A one-sentence example should yield one claim; if the splitter finds more, the one matched to
  // the example's own claim is the one under test.
  const picked: CheckedClaim | undefined = claims.find((c) => c.claimId === example.claimId) ?? claims[0];
  const got = picked?.verdict ?? null;
  const matched = picked?.claimId ?? null;
  const passed = example.expected === 'unverified' ? got === 'unverified' : got === example.expected && matched === example.claimId;
  return { ...example, got, matched, passed };
}

export function runSelfTest(engine: Engine, examples: readonly ExampleCase[]): SelfTestResult {
  const outcomes = examples.map((e) => checkExample(engine, e));
  const passed = outcomes.filter((o) => o.passed).length;
  return { outcomes, passed, failed: outcomes.length - passed };
}

/** `<file>: <claim-id>: "<example>": expected <v>, got <v> (matched <id>)` */
export function formatMismatch(o: ExampleOutcome): string {
  const got = o.got ?? 'nothing (no claim detected)';
  return `${o.file}: ${o.claimId}: "${o.text}": expected ${o.expected}, got ${got} (matched ${o.matched ?? 'none'})`;
}
