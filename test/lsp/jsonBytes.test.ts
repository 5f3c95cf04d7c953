// JsonBytes writes numbers and pieces as JSON.stringify would, growing its buffer as needed.
import { strict as assert } from 'assert';
import { JsonBytes } from '../../server/src/lsp/jsonBytes';

describe('language server: JsonBytes', () => {
  it('writes pieces and integers around them, including numbers outside 31 bits', () => {
    const pieces = ['{"a":', ',"b":', ',"c":', ',"d":', '}'].map((p) => Buffer.from(p, 'latin1')) as [Buffer, Buffer, Buffer, Buffer, Buffer];
    const cases = [
      [0, 9, 10, 2147483647],
      [1, 99, 100, 12345],
      [2147483648, 2 ** 40, 3, 0],
      [1.5, -1, 7, 8],
    ];
    const out = new JsonBytes(4, 8); // small, so it must grow
    const expected: string[] = [];
    for (const [a, b, c, d] of cases) {
      out.fourUints(pieces, a, b, c, d);
      out.uint(a);
      expected.push(`{"a":${JSON.stringify(a)},"b":${JSON.stringify(b)},"c":${JSON.stringify(c)},"d":${JSON.stringify(d)}}${JSON.stringify(a)}`);
    }
    assert.equal(out.result().toString('utf8'), expected.join(''));
  });
});
