import type { Merchant } from './merchant';
import type { Draw } from './rng';

/** What every document builder needs: the draws, the merchant, the upload's id and time. */
export interface DocContext {
  d: Draw;
  m: Merchant;
  id: string;
  /** ISO timestamp of the upload. */
  at: string;
  caseDate: string;
}

/** The name a document of the merchant prints: the registered name, or the owner's for an individual business. */
export function holderName(c: DocContext, ownerShare: number): string {
  return c.m.identity.individual && c.d.chance(ownerShare) ? c.m.identity.legalRepresentative : c.m.identity.name;
}
