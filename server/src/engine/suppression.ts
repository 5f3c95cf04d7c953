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
    (isSuppressed(claim, index, line) ? suppressed : kept).push(claim);
  }
  return { claims: kept, suppressed };
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

function applies(d: DisableDirective, claim: CheckedClaim): boolean {
  return d.ids.length === 0 || (claim.claimId !== null && d.ids.includes(claim.claimId));
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

/** `claimLine`: the line the claim starts on. */
function isSuppressed(claim: CheckedClaim, index: DirectiveIndex, claimLine: number): boolean {
  if (index.nextLine.get(claimLine)?.some((d) => d.range.start <= claim.range.start && applies(d, claim))) return true;
  // Region directives: the last applicable disable/enable before the claim decides.
  const all = lastAtOrBefore(index.regionsForAll, claim.range.start);
  const own = claim.claimId !== null ? lastAtOrBefore(index.regionsById.get(claim.claimId), claim.range.start) : null;
  const last = !all ? own : !own ? all : own.order > all.order ? own : all;
  return last?.disable ?? false;
}
