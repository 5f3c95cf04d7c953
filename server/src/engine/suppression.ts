// Inline control, like markdownlint's: <!-- factlens-disable [ids] --> ... <!-- factlens-enable [ids] -->
// and <!-- factlens-disable-next-line [ids] -->. Listed ids limit a directive to those claims.
import { LineIndex } from './text/lineIndex';
import type { CheckedClaim, DisableDirective, DocumentAnalysis } from './types';

/** `lines`, when the caller has it, must index this same `text` (it saves a pass over a long document). */
export function applyDirectives(text: string, claims: CheckedClaim[], directives: DisableDirective[], lines?: LineIndex): DocumentAnalysis {
  if (!directives.length) return { claims, suppressed: [] };
  const index = indexDirectives(directives, lines && lines.text === text ? lines : new LineIndex(text));
  const kept: CheckedClaim[] = [];
  const suppressed: CheckedClaim[] = [];
  // Claims come in document order: each claim's line is looked up from the one before's.
  let line = 0;
  for (const claim of claims) {
    line = index.lines.lineAtFrom(claim.range.start, line);
    (isSuppressed(index, claim.range.start, claim.claimId, line) ? suppressed : kept).push(claim);
  }
  return { claims: kept, suppressed };
}

/**
 * Which claims the directives switch off, for runs of claims whose stored ranges lie `by` UTF-16
 * units before where they now are (an editing session shifts its cached claims lazily): for each
 * of runs[from, to), 1 for each suppressed claim, or null when none of the run is. `lines` indexes
 * the text.
 */
export function suppressedFlags(
  runs: readonly { claims: readonly CheckedClaim[]; by: number }[],
  directives: DisableDirective[],
  lines: LineIndex,
  from = 0,
  to = runs.length,
): (Uint8Array | null)[] {
  const flags: (Uint8Array | null)[] = new Array(to - from).fill(null);
  if (!directives.length) return flags;
  const index = indexDirectives(directives, lines);
  let line = 0;
  for (let k = from; k < to; k++) {
    const { claims, by } = runs[k];
    let run: Uint8Array | null = null;
    for (let i = 0; i < claims.length; i++) {
      const start = claims[i].range.start + by;
      line = lines.lineAtFrom(start, line);
      if (isSuppressed(index, start, claims[i].claimId, line)) (run ??= new Uint8Array(claims.length))[i] = 1;
    }
    flags[k - from] = run;
  }
  return flags;
}

/**
 * Whether directives replaced by an edit leave every claim outside it as it was: the same region
 * directives in the same order (claims outside the edit keep their order against them), and no
 * disable-next-line among them (the line one silences may have moved against the claims after it).
 */
export function sameEffect(replaced: readonly DisableDirective[], made: readonly DisableDirective[]): boolean {
  if (replaced.length !== made.length) return false;
  if (replaced.length === 0) return true;
  // In document order, as indexDirectives() takes them.
  const before = replaced.slice().sort((a, b) => a.range.start - b.range.start);
  const after = made.slice().sort((a, b) => a.range.start - b.range.start);
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a.kind === 'disable-next-line' || a.kind !== b.kind || a.ids.length !== b.ids.length) return false;
    for (let j = 0; j < a.ids.length; j++) if (a.ids[j] !== b.ids[j]) return false;
  }
  return true;
}

/** A region directive in document order; `order` breaks ties between directives at one offset. */
interface Region {
  start: number;
  order: number;
  disable: boolean;
}

/**
 * Directives indexed so each claim is decided in logarithmic time: a draft pasted with thousands
 * of directives and claims would otherwise cost their product on every keystroke.
 */
interface DirectiveIndex {
  lines: LineIndex;
  /** disable-next-line directives by the 0-based line they silence. */
  nextLine: Map<number, DisableDirective[]>;
  /** Region directives that apply to every claim, then those that list ids, by id. */
  regionsForAll: Region[];
  regionsById: Map<string, Region[]>;
}

function indexDirectives(directives: DisableDirective[], lines: LineIndex): DirectiveIndex {
  const sorted = directives.slice().sort((a, b) => a.range.start - b.range.start);
  const index: DirectiveIndex = { lines, nextLine: new Map(), regionsForAll: [], regionsById: new Map() };
  sorted.forEach((d, order) => {
    if (d.kind === 'disable-next-line') {
      const line = lines.lineAt(d.range.end) + 1;
      const list = index.nextLine.get(line) ?? [];
      list.push(d);
      index.nextLine.set(line, list);
      return;
    }
    const region: Region = { start: d.range.start, order, disable: d.kind === 'disable' };
    if (d.ids.length === 0) index.regionsForAll.push(region);
    for (const id of new Set(d.ids)) {
      const list = index.regionsById.get(id) ?? [];
      list.push(region);
      index.regionsById.set(id, list);
    }
  });
  return index;
}

function applies(d: DisableDirective, claimId: string | null): boolean {
  return d.ids.length === 0 || (claimId !== null && d.ids.includes(claimId));
}

/** The last region in `regions` (sorted by start) that starts at or before `offset`. */
function lastAtOrBefore(regions: Region[] | undefined, offset: number): Region | null {
  if (!regions?.length) return null;
  let lo = 0;
  let hi = regions.length; // first index with start > offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? regions[lo - 1] : null;
}

/** A claim about `claimId` that starts at offset `start`, on line `claimLine`. */
function isSuppressed(index: DirectiveIndex, start: number, claimId: string | null, claimLine: number): boolean {
  if (index.nextLine.get(claimLine)?.some((d) => d.range.start <= start && applies(d, claimId))) return true;
  // Region directives: the last applicable disable/enable before the claim decides.
  const all = lastAtOrBefore(index.regionsForAll, start);
  const own = claimId !== null ? lastAtOrBefore(index.regionsById.get(claimId), start) : null;
  const last = !all ? own : !own ? all : own.order > all.order ? own : all;
  return last?.disable ?? false;
}
