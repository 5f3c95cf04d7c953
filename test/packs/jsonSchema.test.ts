// The JSON Schema contributed to VS Code (claims-db/schema.json) is generated from the zod schema
// by the build; pack authors get completion and validation from it. It must be current, accept
// every valid pack and reject broken ones, and be associated with the files packs live in.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { globToRegExp } from '../../server/src/cli/inputs/glob';
import { listClaimsFiles } from '../../server/src/engine/db/load';
import { parseClaimsFile } from '../../server/src/engine/db/parseFile';
import { PackFile } from '../../server/src/engine/db/schema';

const root = path.resolve(__dirname, '..', '..');
const schemaFile = path.join(root, 'claims-db', 'schema.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const read = (rel: string) => parseYaml(fs.readFileSync(path.join(root, rel), 'utf8')) as Record<string, unknown>;
const errorsOf = (data: unknown) => (validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

const MINIMAL = 'test/fixtures/packs/k2-minimal.yaml';
const EXAMPLE = 'examples/packs/vitamin-k2/vitamin-k2.yaml';

describe('claim packs: JSON Schema for editors', () => {
  it('claims-db/schema.json is the one generated from the zod schema (run the build after changing schema.ts)', () => {
    const generated = JSON.parse(JSON.stringify(z.toJSONSchema(PackFile, { io: 'input', unrepresentable: 'any' })));
    assert.deepEqual(schema, generated);
  });

  it('accepts the minimal pack, the example pack, the override pack and every built-in file', () => {
    for (const rel of [MINIMAL, EXAMPLE, 'test/fixtures/packs/team/team.yaml']) assert.deepEqual(errorsOf(read(rel)), [], rel);
    for (const file of listClaimsFiles(path.join(root, 'claims-db'))) assert.deepEqual(errorsOf(read(path.relative(root, file))), [], file);
  });

  it('rejects broken packs where zod rejects them, naming the place', () => {
    const pack = read(MINIMAL) as { sources: Array<Record<string, unknown>>; claims: Array<Record<string, unknown>> };
    const broken = (change: (p: typeof pack) => void) => {
      const copy = structuredClone(pack);
      change(copy);
      return copy;
    };
    const cases: Array<[string, typeof pack, RegExp]> = [
      ['unknown relation', broken((p) => (p.claims[0].relation = 'boosts')), /^\/claims\/0\/relation /],
      ['unknown source kind', broken((p) => (p.sources[0].kind = 'blog-post')), /^\/sources\/0\/kind /],
      ['claim without evidence', broken((p) => delete p.claims[0].evidence), /^\/claims\/0 must have required property 'evidence'/],
      ['id that is not kebab-case', broken((p) => (p.claims[0].id = 'K2 Claim')), /^\/claims\/0\/id must match pattern/],
      ['misspelt field', broken((p) => (p.claims[0].strenght = 'may')), /^\/claims\/0 must NOT have additional properties/],
      ['unknown top-level section', broken((p) => ((p as Record<string, unknown>).claim = [])), /^ must NOT have additional properties/],
      ['examples with a made-up verdict', broken((p) => (p.claims[0].examples = [{ text: 'x', verdict: 'true' }])), /^\/claims\/0\/examples\/0\/verdict /],
    ];
    for (const [what, data, expected] of cases) {
      const errors = errorsOf(data);
      assert.ok(errors.some((e) => expected.test(e)), `${what}: ${errors.join('; ')}`);
      // The loader agrees: what the editor flags, `factlens db validate` flags too.
      assert.ok(parseClaimsFile('pack.json', JSON.stringify(data)).issues.length > 0, `${what}: zod accepted it`);
    }
  });

  it('is contributed to VS Code for JSON and YAML files under .factlens/claims/', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      contributes: Record<string, Array<{ fileMatch: string | string[]; url: string }>>;
    };
    const matches = (kind: 'jsonValidation' | 'yamlValidation', file: string) =>
      pkg.contributes[kind].some((entry) => {
        assert.equal(path.resolve(root, entry.url), schemaFile);
        return ([] as string[]).concat(entry.fileMatch).some((glob) => globToRegExp(glob).test(file));
      });
    for (const f of ['ws/.factlens/claims/k2.json', 'ws/.factlens/claims/team/k2.json']) assert.ok(matches('jsonValidation', f), f);
    for (const f of ['ws/.factlens/claims/k2.yaml', 'ws/.factlens/claims/k2.yml', 'ws/.factlens/claims/team/k2.yaml']) assert.ok(matches('yamlValidation', f), f);
    assert.ok(!matches('jsonValidation', 'ws/package.json') && !matches('yamlValidation', 'ws/docs/config.yaml'), 'only pack files');
    // The schema ships in the extension package.
    assert.ok(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').includes('!claims-db/schema.json'));
  });
});
