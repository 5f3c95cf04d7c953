import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, removeDir, runCli, tempDir } from './helpers';

describe('factlens report (built CLI)', () => {
  let dir: string;
  let claimCount: number;
  before(() => {
    ensureBuilt();
    const json = JSON.parse(runCli(['check', '--format', 'json', 'examples/draft.md']).stdout);
    claimCount = json.files[0].claims.length;
  });
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('writes a Markdown report with totals, a claims table and the evidence', () => {
    const r = runCli(['report', 'examples/draft.md']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^# FactLens claims report: examples\/draft\\\.md$/m);
    assert.match(r.stdout, /^\| Line \| Verdict \| Sentence \| Matched claim \|$/m);
    assert.match(r.stdout, new RegExp(`^\\| \\*\\*Total\\*\\* \\| \\*\\*${claimCount}\\*\\* \\|$`, 'm'));
    assert.strictEqual(r.stdout.match(/^\| \d+ \| /gm)?.length, claimCount, 'one table row per claim');
    assert.match(r.stdout, /Supports: “[^”]+” — .*reliability\)/);
  });

  it('writes one self-contained HTML file', () => {
    const out = path.join(dir, 'report.html');
    const r = runCli(['report', '--format', 'html', '--output', out, 'examples/draft.md']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<script|<link\b/i);
    assert.strictEqual(html.match(/<tr><td class="line">/g)?.length, claimCount);
  });

  it('writes schema.org ClaimReview JSON-LD, one per checked claim', () => {
    const r = runCli(['report', '--format', 'claimreview', 'examples/draft.md']);
    assert.strictEqual(r.status, 0, r.stderr);
    const reviews = JSON.parse(r.stdout) as Array<Record<string, any>>;
    assert.strictEqual(reviews.length, claimCount);
    for (const review of reviews) {
      assert.strictEqual(review['@type'], 'ClaimReview');
      assert.strictEqual(review.itemReviewed.appearance.url, 'examples/draft.md');
      assert.ok(['supported', 'contradicted', 'overstated', 'disputed', 'unverified'].includes(review.reviewRating.alternateName));
    }
    const contradicted = reviews.find((x) => x.reviewRating.alternateName === 'contradicted')!;
    assert.strictEqual(contradicted.reviewRating.ratingValue, 1);
    assert.ok(contradicted.citation.length > 0);
  });

  it('writes one file per document into an output directory', () => {
    fs.mkdirSync(path.join(dir, 'docs', 'b'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'docs', 'a.md'), 'Magnesium is needed to convert vitamin D into its active form.\n');
    fs.writeFileSync(path.join(dir, 'docs', 'b', 'a.md'), 'Magnesium improves sleep quality.\n');
    const r = runCli(['report', '--format', 'md', '--output', 'out/', 'docs'], { cwd: dir });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['docs__a.report.md', 'docs__b__a.report.md']);
    assert.match(fs.readFileSync(path.join(dir, 'out', 'docs__b__a.report.md'), 'utf8'), /Unverified/);
  });

  it('exits 2 for an unknown format or a missing path', () => {
    assert.strictEqual(runCli(['report', '--format', 'pdf', 'examples/draft.md']).status, 2);
    assert.strictEqual(runCli(['report', 'missing.md'], { cwd: dir }).status, 2);
  });
});
