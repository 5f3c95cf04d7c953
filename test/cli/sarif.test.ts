import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, root, runCli } from './helpers';

// The SARIF 2.1.0 JSON schema (version rtm.5, the one GitHub's and ESLint's SARIF tooling
// reference), as shipped in the npm package @microsoft/jest-sarif@1.0.0-beta.0 (MIT),
// lib/schemas/sarif-2.1.0-rtm.5.json, copied unchanged into test/fixtures/.
const SCHEMA_FILE = path.join(root, 'test', 'fixtures', 'sarif-schema-2.1.0-rtm.5.json');

function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  // The schema is written in draft-04 style; Ajv 8 reads it once the draft-04 `$schema` and `id`
  // markers are removed (it uses no draft-04-only keyword such as boolean exclusiveMinimum).
  delete schema.$schema;
  delete schema.id;
  // unicodeRegExp: false because one of the schema's patterns is not valid under the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<Record<string, any>> } };
    results: Array<Record<string, any>>;
  }>;
}

describe('factlens check --format sarif (built CLI)', () => {
  let log: SarifLog;
  let json: { files: Array<{ claims: Array<{ verdict: string; text: string; range: any }> }> };
  before(() => {
    ensureBuilt();
    const r = runCli(['check', '--format', 'sarif', 'examples/draft.md']);
    assert.strictEqual(r.status, 1, r.stderr);
    log = JSON.parse(r.stdout) as SarifLog;
    json = JSON.parse(runCli(['check', '--format', 'json', 'examples/draft.md']).stdout);
  });

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const validate = sarifValidator();
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const validate = sarifValidator();
    const broken = JSON.parse(JSON.stringify(log)) as SarifLog;
    delete broken.runs[0].results[0].message;
    assert.strictEqual(validate(broken), false);
  });

  it('defines one rule per verdict with the fields code scanning shows', () => {
    const rules = log.runs[0].tool.driver.rules;
    assert.deepStrictEqual(rules.map((r) => r.id).sort(), ['contradicted', 'disputed', 'overstated', 'supported', 'unverified']);
    for (const r of rules) {
      for (const key of ['id', 'name', 'shortDescription', 'fullDescription', 'help', 'defaultConfiguration']) assert.ok(r[key], `${r.id}.${key}`);
      assert.ok(['error', 'warning', 'note', 'none'].includes(r.defaultConfiguration.level));
    }
    assert.strictEqual(log.runs[0].tool.driver.name, 'FactLens');
  });

  it('has one result per claim needing attention, with 1-based regions matching the JSON output', () => {
    const results = log.runs[0].results;
    const needingAttention = json.files[0].claims.filter((c) => c.verdict !== 'supported');
    assert.strictEqual(results.length, needingAttention.length);
    const rules = log.runs[0].tool.driver.rules;
    results.forEach((res, i) => {
      const claim = needingAttention[i];
      assert.strictEqual(res.ruleId, claim.verdict);
      assert.strictEqual(res.level, rules.find((r) => r.id === res.ruleId)!.defaultConfiguration.level);
      assert.ok(res.message.text.length > 0);
      const loc = res.locations[0].physicalLocation;
      assert.strictEqual(loc.artifactLocation.uri, 'examples/draft.md');
      assert.deepStrictEqual(
        [loc.region.startLine, loc.region.startColumn, loc.region.endLine, loc.region.endColumn],
        [claim.range.start.line + 1, claim.range.start.character + 1, claim.range.end.line + 1, claim.range.end.character + 1],
      );
      assert.ok(Object.keys(res.partialFingerprints).length > 0);
    });
    const fingerprints = results.map((r) => JSON.stringify(r.partialFingerprints));
    assert.strictEqual(new Set(fingerprints).size, fingerprints.length, 'fingerprints are unique');
  });
});
