/** What an API key may do: relay a channel's own cases, read every case (compliance), review referred cases, or operate the engine. */
export type PrincipalRole = 'channel' | 'compliance' | 'reviewer' | 'operator';

/** The authenticated caller behind a bearer token. */
export interface Principal {
  keyId: string;
  channel: string;
  role: PrincipalRole;
}

/** True when `principal` may see a case that belongs to `caseChannel`. */
export function canSeeChannel(principal: Principal, caseChannel: string): boolean {
  // Compliance, reviewers and operators work across every channel; a channel sees only its own cases.
  return principal.role !== 'channel' || principal.channel === caseChannel;
}
