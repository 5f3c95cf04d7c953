// The evidence card shown when hovering a checked sentence: verdict, the matched claim, verbatim
// quotes with where they come from, caveats, suggested wording and references. Everything taken
// from documents and packs is escaped; links are only ever http(s).
import type { ClaimsDatabase } from '../engine/db/database';
import type { EvidenceT, StanceT } from '../engine/db/schema';
import { suggestedWordingOf } from '../engine/db/wording';
import type { CheckedClaim } from '../engine/types';
import { referenceUrl } from '../fixes/citationSources';
import { escapeMarkdown, escapeQuote, safeLink } from './markdownEscape';
import { SOURCE_KIND_LABELS, STRENGTH_LABELS, VERDICT_LABELS, stripEmphasis } from './humanize';

const STANCE_HEADINGS: Array<[StanceT, string]> = [
  ['supports', 'Supporting evidence'],
  ['contradicts', 'Conflicting evidence'],
  ['qualifies', 'Qualifying evidence (limits or nuances the claim)'],
];

function sourceLine(db: ClaimsDatabase, e: EvidenceT): string {
  const src = db.sources.get(e.source);
  if (!src) return `— ${escapeMarkdown(e.source)}`;
  const parts = [SOURCE_KIND_LABELS[src.kind], `reliability: ${src.reliability}`];
  if (src.publisher) parts.push(escapeMarkdown(src.publisher));
  return `— ${safeLink(src.title, src.url)} (${parts.join(', ')})`;
}

function evidenceBlock(db: ClaimsDatabase, e: EvidenceT): string[] {
  const lines = [escapeQuote(`“${e.quote.replace(/\s+/g, ' ').trim()}”`), '>', `> ${sourceLine(db, e)}`];
  if (e.note) lines.push('>', `> *${escapeMarkdown(e.note)}*`);
  return [...lines, ''];
}

export function renderHoverCard(claim: CheckedClaim, db: ClaimsDatabase): string {
  const out: string[] = [];
  const message = escapeMarkdown(stripEmphasis(claim.message));
  out.push(`**FactLens: ${VERDICT_LABELS[claim.verdict]}**${claim.cited ? ' (cited)' : ''}`, '', message, '');
  if (claim.reason) out.push(`*Why:* ${escapeMarkdown(claim.reason)}`, '');
  const c = claim.claim;
  if (!c) {
    out.push('No claim in the FactLens database matches this sentence. Check it against a primary source before publishing.');
    return out.join('\n').trimEnd() + '\n';
  }
  out.push(`**Matched claim:** ${escapeMarkdown(c.statement)}`, '');
  out.push(`**Strength:** ${STRENGTH_LABELS[c.strength]}`, '');
  if (c.status === 'disputed' && c.dispute) out.push(`**Disputed:** ${escapeMarkdown(c.dispute)}`, '');
  const evidence = claim.evidence.length ? claim.evidence : c.evidence;
  for (const [stance, heading] of STANCE_HEADINGS) {
    const items = evidence.filter((e) => e.stance === stance);
    if (!items.length) continue;
    out.push(`**${heading}**`, '');
    for (const e of items) out.push(...evidenceBlock(db, e));
  }
  if (c.caveats.length) {
    out.push('**Caveats**', '');
    for (const cav of c.caveats) out.push(`- ${escapeMarkdown(cav)}`);
    out.push('');
  }
  out.push('**Suggested wording**', '', escapeQuote(suggestedWordingOf(c)), '');
  const refs = c.references.map((id) => db.references.get(id)).filter((r) => r !== undefined);
  if (refs.length) {
    out.push('**References**', '');
    for (const r of refs) out.push(`- ${safeLink(r.title, referenceUrl(r))}`);
    out.push('');
  }
  out.push(`*Claim id:* \`${c.id}\``);
  return out.join('\n').trimEnd() + '\n';
}
