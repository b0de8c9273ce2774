/** What an API key may do: relay a channel's own cases, or read every case for compliance. */
export type PrincipalRole = 'channel' | 'compliance';

/** The authenticated caller behind a bearer token. */
export interface Principal {
  keyId: string;
  channel: string;
  role: PrincipalRole;
}

/** True when `principal` may see a case that belongs to `caseChannel`. */
export function canSeeChannel(principal: Principal, caseChannel: string): boolean {
  return principal.role === 'compliance' || principal.channel === caseChannel;
}
