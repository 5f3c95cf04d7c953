import * as assert from 'assert';
import { globToRegExp, splitGlob } from '../../server/src/cli/inputs/glob';

describe('CLI glob patterns', () => {
  it('splits a pattern into the directory to walk and the rest', () => {
    assert.deepStrictEqual(splitGlob('docs/**/*.md'), { base: 'docs', rest: '**/*.md' });
    assert.deepStrictEqual(splitGlob('*.md'), { base: '.', rest: '*.md' });
    assert.deepStrictEqual(splitGlob('a/b/c?.md'), { base: 'a/b', rest: 'c?.md' });
  });

  it('matches * and ? within a segment and ** across segments', () => {
    const re = globToRegExp('**/*.md');
    for (const p of ['a.md', 'x/a.md', 'x/y/z/a.md']) assert.ok(re.test(p), p);
    for (const p of ['a.markdown', 'x/a.mdx']) assert.ok(!re.test(p), p);
    assert.ok(globToRegExp('*.md').test('draft.md'));
    assert.ok(!globToRegExp('*.md').test('sub/draft.md'));
    assert.ok(globToRegExp('ch?.md').test('ch1.md'));
    assert.ok(!globToRegExp('ch?.md').test('ch10.md'));
    assert.ok(globToRegExp('a/**').test('a/b/c.md'));
    assert.ok(!globToRegExp('a.md').test('abmd'), 'dots are literal');
  });
});
