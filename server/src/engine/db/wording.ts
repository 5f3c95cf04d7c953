// Plain facts about claims that need no schema: kept apart from schema.ts so the language server
// and the CLI can check documents without loading the validation library (zod) at start-up.
import type { ClaimT } from './schema';

export const VERDICTS = ['supported', 'contradicted', 'overstated', 'disputed', 'unverified'] as const;

/** The wording offered to writers: the claim's own suggestion, else its statement. */
export function suggestedWordingOf(claim: Pick<ClaimT, 'statement' | 'suggestedWording'>): string {
  return claim.suggestedWording ?? claim.statement;
}
