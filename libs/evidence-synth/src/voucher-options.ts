import { address, company, person, plate, Rng, uscc } from './random';

// Options that render a voucher FOR a given merchant: its identity in the role the document gives the
// merchant (licence holder, invoice seller, contract seller, account holder, lessee, vehicle owner …),
// chosen amounts and dates. Without options every maker draws everything from its seed, as before.

/** Who the merchant is, as its business licence states it. */
export interface SyntheticMerchant {
  name: string;
  /** Unified social credit code (use `uscc(rng)` for one with a valid check character). */
  uscc: string;
  address: string;
  legalRep?: string;
  /** Plate of the merchant's vehicle (vehicle licence, road transport certificate, waybill). */
  plate?: string;
}

/** The other party of a two-party document (invoice buyer, contract buyer, lessor …). */
export interface SyntheticParty {
  name?: string;
  uscc?: string;
}

/** Figures in CNY (up to two decimals). Which ones a voucher type reads is listed per field. */
export interface SyntheticAmounts {
  /** Invoices: total including tax (amount + tax are derived so that they add up). */
  total?: number;
  /** Invoices: amount before tax; contracts: contract amount (whole yuan); tax certificates: amount paid. */
  amount?: number;
  /** Bank statements: the credits (inflows), in date order over the period. */
  credits?: readonly number[];
  /** Bank statements: debits (outflows), interleaved after the credits. */
  debits?: readonly number[];
  /** Bank statements: balance before the first row. */
  openingBalance?: number;
  /** Lease contracts: monthly rent. */
  rent?: number;
}

/** How to render a voucher for a merchant; every field optional. */
export interface VoucherOptions {
  merchant?: SyntheticMerchant;
  counterparty?: SyntheticParty;
  amounts?: SyntheticAmounts;
  /** ISO date (YYYY-MM-DD) of the document: invoice/order/delivery date, contract signing date, licence establishment, vehicle registration. */
  date?: string;
  /** ISO period: statement period, contract or lease term, tax period. */
  period?: { from: string; until: string };
}

/** A consistent fictitious merchant identity drawn from `seed` (valid USCC check character). */
export function syntheticMerchant(seed: number): Required<SyntheticMerchant> {
  const r = new Rng(seed);
  return { name: company(r), uscc: uscc(r), address: address(r), legalRep: person(r), plate: plate(r) };
}

/** CNY to fen. */
export const toFen = (cny: number): number => Math.round(cny * 100);

/** An ISO date shown as on Chinese documents: 2025年03月07日. */
export function shownDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return `${m[1]}年${m[2]}月${m[3]}日`;
}

/** A period shown as on Chinese documents: 2025年01月01日至2025年03月31日. */
export const shownPeriod = (p: { from: string; until: string }): string => `${shownDate(p.from)}至${shownDate(p.until)}`;

/** The override when given, else the drawn value (drawn anyway, so the seed's random stream is unchanged). */
export const given = <T>(override: T | undefined, drawn: T): T => override ?? drawn;

/** A drawn [shown, iso] date, replaced by the option's date when given. */
export const givenDate = (iso: string | undefined, drawn: [string, string]): [string, string] => (iso ? [shownDate(iso), iso] : drawn);

/** ISO dates of `n` days spread evenly over a period (first and last day included when n ≥ 2). */
export function spreadDates(p: { from: string; until: string }, n: number): string[] {
  const from = Date.parse(`${p.from}T00:00:00Z`);
  const until = Date.parse(`${p.until}T00:00:00Z`);
  const days = Math.max(0, Math.round((until - from) / 86_400_000));
  return Array.from({ length: n }, (_, i) =>
    new Date(from + Math.round(n <= 1 ? 0 : (days * i) / (n - 1)) * 86_400_000).toISOString().slice(0, 10),
  );
}
