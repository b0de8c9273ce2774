import type { CaseState, Decision } from '@uplift/domain';
import { canonicalJson, sha256Hex } from './canonical';
import { decisionInputs, type DecisionInputs, type DecisionOptions } from './inputs';
import type { LimitPolicy } from './policy-types';
import { championPolicy, findPolicy } from './registry';

/** Everything needed to reproduce a decision: the policy version, its exact inputs and their hash. */
export interface DecisionRecord {
  policyVersion: string;
  knowledgeVersion: string;
  inputs: DecisionInputs;
  /** SHA-256 (hex) of the canonical JSON of `inputs`. */
  inputsHash: string;
  decision: Decision;
}

/** SHA-256 hex of the canonical JSON of decision inputs (pure TS: safe in the workflow sandbox). */
export function hashDecisionInputs(inputs: DecisionInputs): string {
  return sha256Hex(canonicalJson(inputs));
}

/** Decides a case with a policy (the champion by default) and returns the full record. Pure. */
export function decideCase(state: CaseState, options: DecisionOptions = {}, with_: LimitPolicy = championPolicy()): DecisionRecord {
  const inputs = decisionInputs(state, options);
  return recordOf(with_, inputs);
}

/** Runs a policy on given inputs and records the result. Pure. */
export function recordOf(with_: LimitPolicy, inputs: DecisionInputs): DecisionRecord {
  // A JSON round trip makes the inputs exactly what a stored record will hold.
  const frozen = JSON.parse(canonicalJson(inputs)) as DecisionInputs;
  return {
    policyVersion: with_.version,
    knowledgeVersion: with_.knowledgeVersion,
    inputs: frozen,
    inputsHash: hashDecisionInputs(frozen),
    decision: with_.evaluate(frozen),
  };
}

/** Re-runs a record's inputs on the policy version that made it. Throws when that version is unknown. */
export function reevaluate(record: Pick<DecisionRecord, 'policyVersion' | 'inputs'>): Decision {
  const made = findPolicy(record.policyVersion);
  if (!made) throw new Error(`policy ${record.policyVersion} is not registered; cannot reproduce`);
  return made.evaluate(record.inputs);
}

/** How a re-evaluation compares with the record. */
export interface Reproduction {
  match: boolean;
  hashMatches: boolean;
  knowledgeMatches: boolean;
  reproduced: Decision;
  /** Top-level decision fields that differ (reasons compared as canonical JSON). */
  differences: string[];
}

/** Field-by-field comparison of two decisions (canonical JSON of each field). */
export function decisionDifferences(a: Decision, b: Decision): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter(
    (k) => canonicalJson((a as unknown as Record<string, unknown>)[k]) !== canonicalJson((b as unknown as Record<string, unknown>)[k]),
  );
}

/** Re-evaluates a record and checks the decision, the inputs hash and the knowledge version. */
export function verifyRecord(record: DecisionRecord): Reproduction {
  const reproduced = reevaluate(record);
  const differences = decisionDifferences(record.decision, reproduced);
  const made = findPolicy(record.policyVersion);
  return {
    match: differences.length === 0,
    hashMatches: hashDecisionInputs(record.inputs) === record.inputsHash,
    knowledgeMatches: made?.knowledgeVersion === record.knowledgeVersion,
    reproduced,
    differences,
  };
}
