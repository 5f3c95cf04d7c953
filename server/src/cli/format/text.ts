// Human output: `file:line:col verdict message [claim-id]`, 1-based like compilers print,
// files in the order given with a blank line between them, then one totals line.
import type { Palette } from '../color';
import { claimMessage, countVerdicts, describeCounts } from '../../render/report/verdicts';
import type { CheckedClaim, Verdict } from '../../engine/types';
import type { CheckResult } from './checkResult';
import { rangeMapper } from './positions';

export interface TextOptions {
  palette: Palette;
  /** Only list claims whose verdict is in this set (--quiet); totals still count everything. */
  only?: ReadonlySet<Verdict>;
}

const VERDICT_WIDTH = 'contradicted'.length;

export function formatText(result: CheckResult, options: TextOptions): string {
  const { palette: p } = options;
  const blocks: string[] = [];
  const all: CheckedClaim[] = [];
  let suppressed = 0;
  // A long draft repeats the same few hundred messages thousands of times: render each once.
  const messages = new Map<string, string>();
  const messageOf = (c: CheckedClaim) => {
    if (!c.message) return claimMessage(c);
    // With a message, claimMessage depends on nothing else but the verdict.
    const key = `${c.verdict}\u0000${c.message}`;
    let m = messages.get(key);
    if (m === undefined) messages.set(key, (m = claimMessage(c)));
    return m;
  };
  for (const file of result.files) {
    all.push(...file.analysis.claims);
    suppressed += file.analysis.suppressed.length;
    const shown = file.analysis.claims.filter((c) => !options.only || options.only.has(c.verdict));
    if (!shown.length) continue;
    const toPositions = rangeMapper(file.text);
    const lines = shown.map((c) => {
      const { start } = toPositions(c.range);
      const where = `${file.path}:${start.line + 1}:${start.character + 1}`;
      const verdict = p.verdict(c.verdict, c.verdict.padEnd(VERDICT_WIDTH));
      const tail = [c.cited ? p.dim('(cited)') : '', c.claimId ? p.dim(`[${c.claimId}]`) : ''].filter(Boolean).join(' ');
      return `${where} ${verdict} ${messageOf(c)}${tail ? ' ' + tail : ''}`;
    });
    blocks.push(lines.join('\n'));
  }
  const fileCount = result.files.length;
  let totals = `${all.length} claim${all.length === 1 ? '' : 's'} in ${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (all.length) totals += `: ${describeCounts(countVerdicts(all))}`;
  if (suppressed) totals += `; ${suppressed} suppressed by disable comments`;
  if (result.skipped.length) totals += `; ${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'} skipped`;
  blocks.push(p.bold(totals));
  return blocks.join('\n\n') + '\n';
}
