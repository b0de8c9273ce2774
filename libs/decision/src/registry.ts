import type { LimitPolicy } from './policy-types';
import { POLICY_0_2_0 } from './policies/v0-2-0';
import { POLICY_1_0_0, POLICY_1_1_0_RC_1, POLICY_1_2_0_RC_1 } from './policies/v1';

// Every policy version that ever made (or may make) a decision, so a past record re-runs on the
// policy that made it. Versions are never removed; a retired policy stays for re-evaluation.

const POLICIES: readonly LimitPolicy[] = [POLICY_0_2_0, POLICY_1_0_0, POLICY_1_1_0_RC_1, POLICY_1_2_0_RC_1];
const BY_VERSION = new Map(POLICIES.map((p) => [p.version, p]));

/** Version of the policy that decides live cases. */
export const CHAMPION_POLICY_VERSION = '1.0.0';

/** All registered policies, oldest first. */
export function listPolicies(): readonly LimitPolicy[] {
  return POLICIES;
}

/** The policy of a version, or null when no such version is registered. */
export function findPolicy(version: string): LimitPolicy | null {
  return BY_VERSION.get(version) ?? null;
}

/** The policy of a version; throws when unknown. */
export function policy(version: string): LimitPolicy {
  const found = findPolicy(version);
  if (!found) throw new Error(`unknown limit policy version ${version} (known: ${POLICIES.map((p) => p.version).join(', ')})`);
  return found;
}

/** The champion policy. */
export function championPolicy(): LimitPolicy {
  return policy(CHAMPION_POLICY_VERSION);
}
