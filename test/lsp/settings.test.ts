// Settings validation (unit level): each bad value is named and replaced by its default.
import { strict as assert } from 'assert';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/lsp/settings';

describe('settings', () => {
  it('uses the defaults for missing settings', () => {
    assert.deepEqual(parseSettings(undefined), { settings: DEFAULT_SETTINGS, warnings: [] });
    assert.deepEqual(parseSettings(null).settings, DEFAULT_SETTINGS);
  });

  it('reads nested, `factlens`-wrapped and flat dotted forms', () => {
    const nested = parseSettings({ severity: { unverified: 'off' }, citationStyle: 'pandoc', debounceMs: 50 });
    assert.equal(nested.settings.severity.unverified, 'off');
    assert.equal(nested.settings.severity.contradicted, 'error');
    assert.equal(nested.settings.citationStyle, 'pandoc');
    assert.equal(nested.settings.debounceMs, 50);
    assert.equal(parseSettings({ factlens: { maxFileSizeKb: 10 } }).settings.maxFileSizeKb, 10);
    assert.equal(parseSettings({ 'factlens.severity.overstated': 'hint' }).settings.severity.overstated, 'hint');
  });

  it('rejects each bad value on its own, naming the setting and the default', () => {
    const r = parseSettings({ debounceMs: -5, citationStyle: 'apa', claimPacks: 'one.yaml', languageIds: [], severity: { disputed: 'fatal' }, maxFileSizeKb: 100 });
    assert.equal(r.settings.debounceMs, 200);
    assert.equal(r.settings.citationStyle, 'footnote');
    assert.deepEqual(r.settings.claimPacks, []);
    assert.deepEqual(r.settings.languageIds, ['markdown']);
    assert.equal(r.settings.severity.disputed, 'information');
    assert.equal(r.settings.maxFileSizeKb, 100, 'good values are kept');
    const names = ['debounceMs', 'citationStyle', 'claimPacks', 'languageIds', 'severity.disputed'];
    assert.equal(r.warnings.length, names.length, r.warnings.join('\n'));
    for (const n of names) assert.ok(r.warnings.some((w) => w.includes(`"factlens.${n}"`)), n);
    assert.ok(r.warnings.some((w) => w.includes('using the default "footnote"')));
  });

  it('does not share the defaults object between results', () => {
    const a = parseSettings({});
    a.settings.severity.contradicted = 'off';
    assert.equal(parseSettings({}).settings.severity.contradicted, 'error');
  });
});
