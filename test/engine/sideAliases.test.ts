import * as assert from 'assert';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import { Lexicon } from '../../server/src/engine/nlp/lexicon';
import { sideAliases } from '../../server/src/engine/match/sideAliases';

const lexicon = new Lexicon(loadBuiltinDatabase().lexicon);

describe('engine: a claim side that names one thing in two wordings', () => {
  it('lets the plain words and the name stand in for each other', () => {
    const keys = ['magnesium', 'calcium', 'arteries', 'vascular-calcification'];
    const aliases = sideAliases(['magnesium', 'calcium in the arteries (vascular calcification)'], keys, lexicon);
    assert.deepStrictEqual(aliases, [null, [3], [3], [1, 2]]);
  });
  it('gives none for a side without a second wording', () => {
    assert.strictEqual(sideAliases(['magnesium', 'bone mineral density'], ['magnesium', 'bone-mineral-density'], lexicon), null);
  });
  it('gives none when the name is a step whose direction only the plain words say', () => {
    const keys = ['magnesium', 'calcidiol', 'calcitriol', 'activation'];
    assert.strictEqual(sideAliases(['magnesium', 'calcidiol into calcitriol (activation)'], keys, lexicon), null);
  });
  it('gives none when the parenthesis only repeats a concept the words already name', () => {
    const keys = lexicon.idsIn('bone matrix (osteoid)');
    assert.strictEqual(sideAliases(['magnesium', 'bone matrix (osteoid)'], keys, lexicon), null);
  });
});
