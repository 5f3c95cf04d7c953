// Shared by the robustness tests: one engine on the built-in database, Markdown generators for
// fast-check, and the checks every analysis must pass whatever the input.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { createEngine } from '../../server/src/engine/createEngine';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import type { Engine } from '../../server/src/engine/engine';
import type { DocumentAnalysis, OffsetRange } from '../../server/src/engine/types';

export const root = path.resolve(__dirname, '..', '..');
export const fixturesDir = path.join(__dirname, 'fixtures');

/** Fixed seeds: a failure reproduces exactly; fast-check prints the seed and the shrunk counterexample. */
export const SEED = 20261121;

let shared: Engine | null = null;
/** One engine for the whole run, so its per-paragraph cache is exercised across documents. */
export function sharedEngine(): Engine {
  shared ??= createEngine(loadBuiltinDatabase());
  return shared;
}

export function freshEngine(): Engine {
  return createEngine(loadBuiltinDatabase());
}

/** Sentences with known verdicts, so generated documents contain real claims (and fixes). */
export const HEALTH_SENTENCES = [
  'Low magnesium has been linked to fragile, brittle bones.',
  'Magnesium deficiency always makes bones brittle.',
  'Only about 10% of your magnesium is found in your bones.',
  'Over 60% of the body’s magnesium is stored in bone.',
  'Vitamin D3 is converted to calcidiol in the liver.',
  'Magnesium is needed to activate vitamin D.',
  'PTH raises blood calcium.',
  'Calcitonin lowers blood calcium.',
  'Magnesium deficiency causes hypoparathyroidism.',
  'Vitamin D cures depression.',
  'Calcitriol increases calcium absorption in the gut.',
];

export const SEED_DOCUMENTS: string[] = [
  path.join(root, 'examples', 'draft.md'),
  ...['magnesium-and-bones.md', 'never-opened.md', 'vitamin-d-activation.md'].map((f) => path.join(root, 'test', 'e2e', 'workspace', f)),
]
  .filter((f) => fs.existsSync(f))
  .map((f) => fs.readFileSync(f, 'utf8'));

const HOSTILE = [
  '\uD83D\uDE00', // a surrogate pair
  '\uD83D', // a lone high surrogate
  '\uDE00', // a lone low surrogate
  'e\u0301\u0302', // combining marks
  '\u200B\u200D\uFEFF\u202E', // zero-width and bidi controls
  '\r\n', '\r', '\n', '\t', '\u2028', '\u0085', '\u00A0',
  '```', '~~~', '    ', '> ', '- ', '1. ', '* ', '#', '|', '---\n', '...\n', '===\n',
  '<!--', '-->', '<!-- factlens-disable -->', '<!-- factlens-enable -->', '<!-- factlens-disable-next-line -->',
  '<div>', '</div>', '<script>alert(1)</script>', '<a href="command:x">', '&amp;', '&#x1F600;', '&#0;', '&bogus;',
  '[', ']', '(', ')', '[^1]', '[^1]: note', '[@key]', '[x](https://example.org)', '<https://example.org>', 'https://e.org/a_(b)',
  '*', '**', '_', '__', '`', '``', '\\', '![img](x.png)', '[ref]: https://example.org "t"',
  '10%', '60 %', 'over 60%', '1,000 IU', '25(OH)D', '1,25(OH)2D', 'e.g.', 'Dr.', 'U.S.',
  'magnesium', 'vitamin D', 'PTH', 'calcium', 'calcitonin', 'bones', 'causes', 'may', 'linked to',
];

/** A small Markdown-ish fragment: structure, hostile characters, prose, or a health sentence. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.constantFrom(...HEALTH_SENTENCES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(' ', 'a', '.', '\n', '>', '-', '*', '`', '[', ']', '(', ')', '#', '|'), maxLength: 20 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('> ', '- ', '  ', '1. ', '* '), fc.integer({ min: 1, max: 40 })).map(([p, n]) => p.repeat(n) + 'magnesium') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'magnesium ', '1', '*', '[', '<', '`', ' '), fc.integer({ min: 100, max: 3000 })).map(([u, n]) => u.repeat(n)) },
);

/** A random document: fragments joined by spaces or line breaks, optionally CRLF and front matter. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fragment, fc.constantFrom('', ' ', '\n', '\n\n', '\r\n', '\t')), { maxLength: 40 }),
    fc.boolean(),
    fc.constantFrom('', '---\ntitle: x\n---\n', '---\nbibliography: refs.json\n', '---\n[unclosed\n---\n', '+++\n'),
  )
  .map(([parts, crlf, front]) => {
    const body = front + parts.map(([f, sep]) => f + sep).join('');
    return crlf ? body.replace(/\r?\n/g, '\r\n') : body;
  });

export type Mutation = { at: number; kind: 'insert' | 'delete' | 'duplicate' | 'replace'; length: number; text: string };

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'replace'),
  length: fc.integer({ min: 0, max: 60 }),
  text: fragment,
});

/** Applies a mutation; positions wrap around the text so any `at` is valid. */
export function mutate(text: string, m: Mutation): string {
  const at = text.length ? m.at % (text.length + 1) : 0;
  const end = Math.min(text.length, at + m.length);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(end);
    case 'duplicate':
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    case 'replace':
      return text.slice(0, at) + m.text + text.slice(end);
  }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

export function assertRangeInside(text: string, r: OffsetRange, what: string, nonEmpty = false): void {
  assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end), `${what}: integer offsets ${JSON.stringify(r)}`);
  assert.ok(0 <= r.start && r.start <= r.end && r.end <= text.length, `${what}: ${JSON.stringify(r)} outside 0..${text.length}`);
  if (nonEmpty) assert.ok(r.end > r.start, `${what}: empty range ${JSON.stringify(r)}`);
  assert.ok(!splitsSurrogatePair(text, r.start), `${what}: start ${r.start} splits a surrogate pair`);
  assert.ok(!splitsSurrogatePair(text, r.end), `${what}: end ${r.end} splits a surrogate pair`);
}

/** Every range the analysis reports lies inside the document and on UTF-16 character boundaries. */
export function assertWellFormed(text: string, a: DocumentAnalysis): void {
  for (const [list, name] of [[a.claims, 'claim'], [a.suppressed, 'suppressed claim']] as const) {
    for (const c of list) {
      assertRangeInside(text, c.range, `${name} "${c.text.slice(0, 40)}"`, true);
      assert.ok(c.text.trim().length > 0, `${name}: empty sentence text`);
      for (const m of c.citations) assertRangeInside(text, m.range, `citation ${m.key.slice(0, 40)}`);
    }
  }
}

/** Analyses with the shared (cached) engine, checks well-formedness and that a fresh engine agrees. */
export function checkDocument(text: string, fresh?: Engine): DocumentAnalysis {
  const a = sharedEngine().analyze(text);
  assertWellFormed(text, a);
  const again = sharedEngine().analyze(text);
  assert.deepStrictEqual(again, a, 'same engine, same text: same result');
  if (fresh) assert.deepStrictEqual(fresh.analyze(text), a, 'fresh engine (no cache) agrees with the cached one');
  return a;
}

/** Counts reported by the tests (the lead collects them for the report). */
export const counters = { documents: 0, edits: 0, badInputs: 0 };

// A root-level hook (this module is loaded by every robustness test file): one summary line.
after(() => {
  if (counters.documents + counters.edits + counters.badInputs === 0) return;
  console.log(`  robustness totals: ${counters.documents} documents fuzzed, ${counters.edits} edits applied, ${counters.badInputs} bad inputs tried`);
});
