// Drafts stay open for hours: the engine's paragraph cache must not grow with every keystroke.
// Keyed by whole blocks, it used to keep one paragraph-sized entry per edit (a 250 KB paragraph
// held over 1 GB after 200 edits); it is now bounded by weight as well as by count.
import { strict as assert } from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { counters, freshEngine } from './support';

function collectGarbage(): () => void {
  v8.setFlagsFromString('--expose_gc');
  return vm.runInNewContext('gc') as () => void;
}

describe('robustness: bounded memory in long editing sessions', function () {
  this.timeout(300_000);

  it('editing one long paragraph 300 times keeps the engine heap bounded', () => {
    const gc = collectGarbage();
    const engine = freshEngine();
    // ~250 KB in one paragraph: a claim, then one enormous "word" (cheap to analyse, big to cache).
    let text = `Magnesium is stored in bone. ${'y'.repeat(250_000)}`;
    engine.analyze(text);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 300; i++) {
      text = text.slice(0, 1000) + String(i % 10) + text.slice(1000);
      counters.edits++;
      assert.ok(engine.analyze(text).claims.length > 0);
    }
    gc();
    const grownMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    // The old cache kept ~1 MB per edit here (300 MB); the bounded one stays near its 32 MB budget.
    assert.ok(grownMb < 100, `heap grew by ${grownMb.toFixed(0)} MB over 300 edits`);
  });
});
