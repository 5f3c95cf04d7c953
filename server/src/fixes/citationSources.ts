// What a sentence can cite: the matched claim's references first (scientific papers), then the
// evidence documents that have a web address. Only http(s) addresses are ever produced.
import type { ClaimsDatabase } from '../engine/db/database';
import type { ReferenceT, SourceT } from '../engine/db/schema';
import type { CheckedClaim } from '../engine/types';

export interface CitationCandidate {
  /** Stable database id: used as footnote label and Pandoc key. */
  id: string;
  title: string;
  url: string;
  /** Kind of record, for bibliography entry types. */
  origin: 'reference' | 'source';
  pmid?: string;
  pmcid?: string;
  doi?: string;
}

export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const p = new URL(url);
    return p.protocol === 'http:' || p.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link for a reference built only from an http(s) URL or a PubMed/PMC id or a DOI. */
export function referenceUrl(ref: Pick<ReferenceT, 'url' | 'pmid' | 'pmcid' | 'doi'>): string | undefined {
  if (isHttpUrl(ref.url)) return ref.url;
  if (ref.pmid && /^\d+$/.test(ref.pmid)) return `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`;
  if (ref.pmcid && /^PMC\d+$/.test(ref.pmcid)) return `https://www.ncbi.nlm.nih.gov/pmc/articles/${ref.pmcid}/`;
  if (ref.doi && /^10\.\S+$/.test(ref.doi)) return `https://doi.org/${ref.doi}`;
  return undefined;
}

export function sourceUrl(source: Pick<SourceT, 'url' | 'doi'>): string | undefined {
  return referenceUrl({ url: source.url, doi: source.doi });
}

/** Citations available for a checked claim, in the order they are offered. */
export function citationCandidates(claim: CheckedClaim, db: ClaimsDatabase): CitationCandidate[] {
  if (!claim.claim) return [];
  const out: CitationCandidate[] = [];
  const seen = new Set<string>();
  for (const refId of claim.claim.references) {
    const ref = db.references.get(refId);
    const url = ref && referenceUrl(ref);
    if (!ref || !url || seen.has(ref.id)) continue;
    seen.add(ref.id);
    out.push({ id: ref.id, title: ref.title, url, origin: 'reference', pmid: ref.pmid, pmcid: ref.pmcid, doi: ref.doi });
  }
  const evidence = claim.evidence.length ? claim.evidence : claim.claim.evidence;
  for (const e of evidence) {
    if (e.stance === 'contradicts') continue;
    const src = db.sources.get(e.source);
    const url = src && sourceUrl(src);
    if (!src || !url || seen.has(src.id)) continue;
    seen.add(src.id);
    out.push({ id: src.id, title: src.title, url, origin: 'source', doi: src.doi });
  }
  return out;
}

/** Whether the sentence already carries this citation (so offering it again would duplicate it). */
export function alreadyCited(claim: CheckedClaim, c: CitationCandidate): boolean {
  return claim.citations.some((m) => m.key === c.id || m.key === c.url);
}
