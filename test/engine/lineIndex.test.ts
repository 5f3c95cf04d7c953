import * as assert from 'assert';
import * as fc from 'fast-check';
import { LineIndex } from '../../server/src/engine/text/lineIndex';

/** Straightforward reference: walk the text character by character. */
function naivePosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  // An offset between \r and \n is reported at the end of the line's content.
  const character = text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 - lineStart : offset - lineStart;
  return { line, character };
}

describe('LineIndex', () => {
  it('maps offsets in an LF document', () => {
    const index = new LineIndex('ab\ncd\n\nef');
    assert.deepStrictEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.deepStrictEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(index.positionAt(6), { line: 2, character: 0 });
    assert.deepStrictEqual(index.positionAt(7), { line: 3, character: 0 });
    assert.deepStrictEqual(index.positionAt(9), { line: 3, character: 2 });
    assert.strictEqual(index.lineCount, 4);
  });

  it('treats \\r\\n as one line break and keeps the \\r out of the line', () => {
    const text = 'ab\r\ncd\r\n';
    const index = new LineIndex(text);
    assert.strictEqual(index.lineCount, 3);
    assert.deepStrictEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.deepStrictEqual(index.positionAt(3), { line: 0, character: 2 }, 'between \\r and \\n');
    assert.deepStrictEqual(index.positionAt(4), { line: 1, character: 0 });
    assert.strictEqual(index.offsetAt({ line: 1, character: 1 }), 5);
    assert.strictEqual(index.lineContentEnd(0), 2);
    assert.strictEqual(index.lineStart(2), 8);
  });

  it('treats a lone \\r as a line break (old Mac files)', () => {
    const index = new LineIndex('a\rb\r\rc');
    assert.strictEqual(index.lineCount, 4);
    assert.deepStrictEqual(index.positionAt(2), { line: 1, character: 0 });
    assert.deepStrictEqual(index.positionAt(5), { line: 3, character: 0 });
  });

  it('handles mixed terminators', () => {
    const text = 'a\nb\r\nc\rd';
    const index = new LineIndex(text);
    assert.deepStrictEqual(
      [0, 2, 5, 7].map((o) => index.positionAt(o)),
      [0, 1, 2, 3].map((line) => ({ line, character: 0 })),
    );
  });

  it('counts characters in UTF-16 code units', () => {
    const index = new LineIndex('😀x\nΩ');
    assert.deepStrictEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.strictEqual(index.offsetAt({ line: 0, character: 3 }), 3);
    assert.strictEqual(index.offsetAt({ line: 1, character: 1 }), 5);
  });

  it('clamps out-of-range input', () => {
    const text = 'ab\ncd';
    const index = new LineIndex(text);
    assert.deepStrictEqual(index.positionAt(-5), { line: 0, character: 0 });
    assert.deepStrictEqual(index.positionAt(99), { line: 1, character: 2 });
    assert.strictEqual(index.offsetAt({ line: 0, character: 99 }), 2, 'character past the line end stops at the line end');
    assert.strictEqual(index.offsetAt({ line: 7, character: 0 }), text.length);
    assert.strictEqual(index.offsetAt({ line: -1, character: 3 }), 0);
    assert.strictEqual(index.offsetAt({ line: 1, character: -4 }), 3);
  });

  it('works on an empty text', () => {
    const index = new LineIndex('');
    assert.strictEqual(index.lineCount, 1);
    assert.deepStrictEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.strictEqual(index.offsetAt({ line: 0, character: 5 }), 0);
  });

  it('agrees with a naive scan and round-trips (property)', () => {
    const textArb = fc
      .array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', 'é', '😀', ' ', '\t'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(textArb, (text) => {
        const index = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const position = index.positionAt(offset);
          assert.deepStrictEqual(position, naivePosition(text, offset), `offset ${offset} of ${JSON.stringify(text)}`);
          const between = text[offset - 1] === '\r' && text[offset] === '\n';
          assert.strictEqual(index.offsetAt(position), between ? offset - 1 : offset);
        }
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });
  it('afterEdit() equals indexing the edited text afresh (property)', () => {
    const textArb = fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', '😀', ' '), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(textArb, textArb, fc.nat(), fc.nat(), (old, inserted, a, b) => {
        const from = a % (old.length + 1);
        const to = from + (b % (old.length - from + 1));
        const next = old.slice(0, from) + inserted + old.slice(to);
        // The edit as a session finds it: the longest common prefix and suffix.
        const shortest = Math.min(old.length, next.length);
        let p = 0;
        while (p < shortest && old[p] === next[p]) p++;
        let q = 0;
        while (q < shortest - p && old[old.length - 1 - q] === next[next.length - 1 - q]) q++;
        const edited = LineIndex.afterEdit(new LineIndex(old), next, p, q);
        const fresh = new LineIndex(next);
        assert.strictEqual(edited.lineCount, fresh.lineCount);
        for (let line = 0; line < fresh.lineCount; line++) {
          assert.strictEqual(edited.lineStart(line), fresh.lineStart(line), `line ${line} of ${JSON.stringify(next)}`);
          assert.strictEqual(edited.lineContentEnd(line), fresh.lineContentEnd(line), `line ${line} of ${JSON.stringify(next)}`);
        }
      }),
      { numRuns: 2000, seed: 20261121 },
    );
  });
  it('lineAtFrom() and characterAt() agree with positionAt() from any hint (property)', () => {
    const textArb = fc.array(fc.constantFrom('a', '\n', '\r', '\r\n', '😀'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(textArb, fc.nat(), fc.integer({ min: -2, max: 100 }), (text, at, hint) => {
        const index = new LineIndex(text);
        const offset = at % (text.length + 1);
        const line = index.lineAtFrom(offset, hint);
        assert.deepStrictEqual({ line, character: index.characterAt(offset, line) }, index.positionAt(offset));
      }),
      { numRuns: 2000, seed: 20261121 },
    );
  });
});
