import * as assert from 'assert';
import { createEngine } from '../../server/src/engine/createEngine';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';

// Words are looked up in tables: a word that names a member of Object.prototype must be read as a word.
describe('words that name JavaScript built-ins', () => {
  it('reads "the constructor" after a tracked sentence', () => {
    const engine = createEngine(loadBuiltinDatabase());
    for (const word of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      assert.doesNotThrow(() => engine.analyze(`Magnesium lowers PTH. The ${word} raises calcium levels.`), word);
    }
  });
});
