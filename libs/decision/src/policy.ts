import type { CaseState, Decision } from '@uplift/domain';
import type { DecisionOptions } from './inputs';
import { POLICY_1_0_0_PARAMETERS } from './policies/v1';
import { decideCase } from './record';
import { CHAMPION_POLICY_VERSION } from './registry';

/** Semantic version of the limit policy that decides live cases; every decision records it. */
export const LIMIT_POLICY_VERSION = CHAMPION_POLICY_VERSION;

/** Tunable parameters of the live policy (sources: "assumption" until calibrated on outcomes). */
export const LIMIT_POLICY_PARAMETERS = POLICY_1_0_0_PARAMETERS;

/** Decides the new limit from what the case knows. Pure and deterministic: same state, same decision. */
export function evaluateLimit(state: CaseState, options: DecisionOptions = {}): Decision {
  return decideCase(state, options).decision;
}
