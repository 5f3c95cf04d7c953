// The lexicon's phrase keys stored in the artefact by the build (server/src/engine/nlp/phraseKeys.ts):
// taken only when stamped with this code's fingerprint and fitting the entries they came with,
// and then exactly the keys the lexicon would work out itself.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { toCompiled, type CompiledDatabase } from '../../server/src/engine/db/database';
import { loadBuiltinDatabase } from '../../server/src/engine/db/load';
import type { LexiconEntryT } from '../../server/src/engine/db/schema';
import { withCompiledClaims, type StoredIndex } from '../../server/src/engine/match/precompiled';
import { Lexicon } from '../../server/src/engine/nlp/lexicon';
import { entryPhraseKeys, phraseKeysOf, registerPhraseKeys, type StoredPhraseKeys } from '../../server/src/engine/nlp/phraseKeys';
import { tokenize } from '../../server/src/engine/nlp/tokenize';
import { ensureDistBuilt, root } from '../support/build';

describe('stored phrase keys', () => {
  const db = loadBuiltinDatabase();
  const json = JSON.stringify(withCompiledClaims(toCompiled(db), 'fingerprint-a'));
  /** A freshly parsed artefact: entry objects no keys were registered for yet. */
  const parsed = () => JSON.parse(json) as CompiledDatabase & { index: StoredIndex };
  const sentences = db.claims.flatMap((c) => [c.statement, ...c.examples.map((e) => e.text)]);

  it('are written only when stamped', () => {
    assert.strictEqual((withCompiledClaims(toCompiled(db), undefined).index as StoredIndex).phraseKeys, undefined);
    assert.strictEqual(parsed().index.phraseKeys?.fingerprint, 'fingerprint-a');
  });

  it('with the same fingerprint: exactly the keys worked out, and the lexicon finds the same concepts', () => {
    const a = parsed();
    assert.ok(registerPhraseKeys(a.lexicon, a.index.phraseKeys, a.index.strings, 'fingerprint-a'));
    for (const e of a.lexicon) assert.deepStrictEqual(phraseKeysOf(e), entryPhraseKeys(e), e.id);
    const stored = new Lexicon(a.lexicon);
    const worked = new Lexicon(parsed().lexicon);
    assert.ok(sentences.length > 100);
    for (const s of sentences) assert.deepStrictEqual(stored.find(tokenize(s), s), worked.find(tokenize(s), s), s);
  });

  const refused: Array<[string, (a: CompiledDatabase & { index: StoredIndex }) => { entries: LexiconEntryT[]; data: StoredPhraseKeys | undefined; fingerprint: string | undefined }]> = [
    ['another build (fingerprint differs)', (a) => ({ entries: a.lexicon, data: a.index.phraseKeys, fingerprint: 'fingerprint-b' })],
    ['code run from source (no fingerprint)', (a) => ({ entries: a.lexicon, data: a.index.phraseKeys, fingerprint: undefined })],
    ['none stored', (a) => ({ entries: a.lexicon, data: undefined, fingerprint: 'fingerprint-a' })],
    ['an entry gained a term since', (a) => ({ entries: a.lexicon.map((e, i) => (i === 3 ? { ...e, terms: [...e.terms, 'new term'] } : e)), data: a.index.phraseKeys, fingerprint: 'fingerprint-a' })],
    ['an entry more than the keys', (a) => ({ entries: [...a.lexicon, { ...a.lexicon[0], id: 'extra' }], data: a.index.phraseKeys, fingerprint: 'fingerprint-a' })],
    ['keys cut short', (a) => ({ entries: a.lexicon, data: { ...a.index.phraseKeys!, keys: a.index.phraseKeys!.keys.slice(0, -1) }, fingerprint: 'fingerprint-a' })],
    ['keys left over', (a) => ({ entries: a.lexicon, data: { ...a.index.phraseKeys!, keys: [...a.index.phraseKeys!.keys, 1] }, fingerprint: 'fingerprint-a' })],
    ['a token outside the string table', (a) => {
      const keys = a.index.phraseKeys!.keys.slice();
      keys[2] = a.index.strings.length + 5; // first entry, first key, first token
      return { entries: a.lexicon, data: { ...a.index.phraseKeys!, keys }, fingerprint: 'fingerprint-a' };
    }],
    ['not numbers', (a) => ({ entries: a.lexicon, data: { ...a.index.phraseKeys!, keys: a.index.phraseKeys!.keys.map(String) as unknown as number[] }, fingerprint: 'fingerprint-a' })],
  ];
  for (const [why, make] of refused) {
    it(`are refused, and worked out instead: ${why}`, () => {
      const { entries, data, fingerprint } = make(parsed());
      assert.strictEqual(registerPhraseKeys(entries, data, parsed().index.strings, fingerprint), false);
      for (const e of entries) assert.deepStrictEqual(phraseKeysOf(e), entryPhraseKeys(e), e.id);
    });
  }

  it('the build stamps dist/claims-db.json and the bundles with the fingerprint of the current sources, and its keys are the ones worked out', function () {
    this.timeout(120_000);
    ensureDistBuilt(path.join(root, 'dist', 'server.js'));
    const fingerprint = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import { phraseKeysFingerprint } from './scripts/phraseKeysFingerprint.mjs'; process.stdout.write(await phraseKeysFingerprint(process.cwd()));`],
      { cwd: root, encoding: 'utf8' },
    );
    assert.match(fingerprint, /^[0-9a-f]{40}$/);
    const built = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'claims-db.json'), 'utf8')) as CompiledDatabase & { index: StoredIndex };
    assert.strictEqual(built.index.phraseKeys?.fingerprint, fingerprint, 'dist/ is older than the tokenizer: run npm run build');
    for (const bundle of ['server.bundle.js', 'cli.bundle.js']) {
      assert.ok(fs.readFileSync(path.join(root, 'dist', bundle), 'utf8').includes(JSON.stringify(fingerprint)), bundle);
    }
    assert.ok(registerPhraseKeys(built.lexicon, built.index.phraseKeys, built.index.strings, fingerprint));
    for (const e of built.lexicon) assert.deepStrictEqual(phraseKeysOf(e), entryPhraseKeys(e), e.id);
  });
});
