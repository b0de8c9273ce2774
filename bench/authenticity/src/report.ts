// Console summary of bench:authenticity and the goal check on the independent held-out half.

type Json = Record<string, unknown>;
type GenuineRates = Record<
  string,
  {
    n: number;
    critical: number;
    warningOrWorse: number;
    anyShown: number;
    byCheck: Record<string, number>;
    recaptureIfDecisive: { critical: number; warningOrWorse: number };
  }
>;

const obj = (x: unknown): Json => (x && typeof x === 'object' ? (x as Json) : {});
const num = (x: unknown): number => (typeof x === 'number' ? x : Number.NaN);
const pct = (x: unknown): string => `${(num(x) * 100).toFixed(1)}%`.padStart(6);
const f3 = (x: unknown): string => num(x).toFixed(3);

/** Whether each goal holds on the held-out half of the independent set. */
export function goalCheck(heldout: Json): Json {
  const rates = obj(heldout['genuineFalsePositives']) as GenuineRates;
  const types = Object.entries(rates).filter(([t]) => t !== 'ALL');
  const worstCritical = Math.max(...types.map(([, r]) => r.critical));
  const worstWarning = Math.max(...types.map(([, r]) => r.warningOrWorse));
  const rc = obj(heldout['recapture']);
  const ed = obj(heldout['edit']);
  const ru = obj(heldout['reuse']);
  const lookup = obj(ru['productionLookup']);
  const p95 = num(obj(heldout['secondsPerImage'])['p95']);
  const cpuP95 = num(obj(obj(heldout['secondsPerImage'])['cpu'])['p95']);
  const worstRcCritical = Math.max(...types.map(([, r]) => r.recaptureIfDecisive.critical));
  const worstRcWarning = Math.max(...types.map(([, r]) => r.recaptureIfDecisive.warningOrWorse));
  const goals = {
    genuineCriticalPerType: {
      worst: worstCritical,
      goal: 0.01,
      met: worstCritical <= 0.01,
      note: 'decisive findings only: advisory checks never count',
    },
    genuineWarningPerType: {
      worst: worstWarning,
      goal: 0.05,
      met: worstWarning <= 0.05,
      note: 'decisive findings only: advisory checks never count',
    },
    recaptureGenuineCriticalPerTypeIfDecisive: { worst: worstRcCritical, goal: 0.01, met: worstRcCritical <= 0.01 },
    recaptureGenuineWarningPerTypeIfDecisive: { worst: worstRcWarning, goal: 0.05, met: worstRcWarning <= 0.05 },
    recaptureAuc: { value: num(rc['auc']), goal: 0.97, met: num(rc['auc']) >= 0.97 },
    recaptureTprAt1pctFpr: { value: num(rc['tprAt1pctFpr']), goal: 0.9, met: num(rc['tprAt1pctFpr']) >= 0.9 },
    editsAuc: { value: num(ed['auc']), goal: 0.95, met: num(ed['auc']) >= 0.95 },
    reuseAuc: { value: num(lookup['auc']), goal: 0.99, met: num(lookup['auc']) >= 0.99, note: "the product's store lookup" },
    reuseCropsAuc: { value: num(lookup['cropsAuc']), goal: 0.99, met: num(lookup['cropsAuc']) >= 0.99, note: "the product's store lookup" },
    reuseGenuineWronglyMatched: {
      value: num(lookup['genuineWronglyMatched']),
      goal: 0.01,
      met: num(lookup['genuineWronglyMatched']) <= 0.01,
      note: "genuine pictures the product's store lookup matches with another genuine picture (a reuse finding on honest evidence), all types together",
    },
    reusePairwiseAuc: {
      value: num(ru['auc']),
      cropsAuc: num(ru['cropsAuc']),
      note: "fine-hash pairwise comparison of every pair: the product's second stage, run there only on the candidates the keys nominate",
    },
    secondsPerImageP95: { value: p95, goal: 1, met: p95 <= 1, note: 'wall seconds on a shared machine' },
    cpuSecondsPerImageP95: { value: cpuP95, goal: 1, met: cpuP95 <= 1 },
  };
  return goals;
}

function printSplit(name: string, split: Json): void {
  console.log(`\n== ${name} ==`);
  console.log(`  images: ${JSON.stringify(split['counts'])}`);
  console.log(
    '  genuine false positives (share of genuine images)   n  critical  warning+  any shown | recapture if decisive: critical warning+ | decisive findings',
  );
  for (const [type, r] of Object.entries(obj(split['genuineFalsePositives']) as GenuineRates)) {
    console.log(
      `    ${type.padEnd(44)} ${String(r.n).padStart(4)}  ${pct(r.critical)}    ${pct(r.warningOrWorse)}    ${pct(r.anyShown)}   |            ${pct(r.recaptureIfDecisive.critical)}   ${pct(r.recaptureIfDecisive.warningOrWorse)} | ${JSON.stringify(r.byCheck)}`,
    );
  }
  const rc = obj(split['recapture']);
  const ed = obj(split['edit']);
  const ru = obj(split['reuse']);
  const shipped = obj(rc['shippedRule']);
  console.log(
    `  recapture  AUC ${f3(rc['auc'])}  TPR@1%FPR ${f3(rc['tprAt1pctFpr'])}  (${String(rc['positives'])} vs ${String(rc['negatives'])}); at the model's thresholds (${rc['decisive'] ? 'decisive' : 'advisory: shown at critical only, never decisive'}): warning+ on ${pct(shipped['recapturesFlagged'])} of recaptures and ${pct(shipped['genuineFlagged'])} of genuine, critical on ${pct(shipped['recapturesCritical'])} / ${pct(shipped['genuineCritical'])}`,
  );
  console.log(`             by panel ${JSON.stringify(rc['aucByPanel'])}`);
  console.log(`             by strength ${JSON.stringify(rc['aucByStrength'])}`);
  const es = obj(ed['shippedRule']);
  console.log(
    `  edit       AUC ${f3(ed['auc'])}  TPR@1%FPR ${f3(ed['tprAt1pctFpr'])}  (${String(ed['positives'])} vs ${String(ed['negatives'])}); copy-move score AUC ${f3(ed['copyMoveScoreAuc'])} (searched only with recognised fields; the bench passes none); advisory (never decisive): shown on ${pct(es['editsShownAdvisory'])} of edits, ${pct(es['genuineShownAdvisory'])} of genuine; decisive on ${pct(es['editsFlagged'])} / ${pct(es['genuineFlagged'])}`,
  );
  console.log(`             by method ${JSON.stringify(ed['aucByMethod'])}`);
  console.log(`             by save mode ${JSON.stringify(ed['aucBySaveMode'])}`);
  console.log(
    `  reuse (pairwise fine-hash comparison of every pair)  AUC ${f3(ru['auc'])}  TPR@1%FPR ${f3(ru['tprAt1pctFpr'])}  crops AUC ${f3(ru['cropsAuc'])}  similar pairs ${JSON.stringify(ru['similarPairs'])}`,
  );
  console.log(`             by kind ${JSON.stringify(ru['aucByKind'])}`);
  const lookup = obj(ru['productionLookup']);
  console.log(
    `  reuse as the product finds it (two-stage store lookup): AUC ${f3(lookup['auc'])}  crops AUC ${f3(lookup['cropsAuc'])}  copies nominated ${pct(num(lookup['copiesNominated']))}, found ${pct(num(lookup['copiesFound']))} (critical ${pct(num(lookup['copiesCritical']))}), genuine pictures wrongly matched ${pct(num(lookup['genuineWronglyMatched']))} (critical ${pct(num(lookup['genuineWronglyMatchedCritical']))}); lookup ms ${JSON.stringify(lookup['lookupMs'])}; found by kind ${JSON.stringify(lookup['foundByKind'])}`,
  );
  console.log(`  seconds per image ${JSON.stringify(split['secondsPerImage'])}`);
}

/** Prints the figures of every split and the goal check. */
export function printReport(result: Json): void {
  const independent = obj(result['independent']);
  if (Object.keys(obj(obj(independent['calibration'])['counts'])).length > 0) {
    printSplit(
      `independent generator, seed ${String(independent['seed'])}, "calibration" half (measured only, never trained on)`,
      obj(independent['calibration']),
    );
  }
  if (obj(independent['heldout'])['counts'] && Object.keys(obj(obj(independent['heldout'])['counts'])).length > 0) {
    printSplit(
      `independent generator, seed ${String(independent['seed'])}, "heldout" half (measured only; goals judged here)`,
      obj(independent['heldout']),
    );
  }
  if (result['project']) printSplit('project generator (@uplift/evidence-synth, seeds >= 10000)', obj(result['project']));
  if (result['goalCheckOnHeldout']) {
    console.log('\n== goals on the held-out half ==');
    for (const [goal, g] of Object.entries(obj(result['goalCheckOnHeldout'])))
      console.log(`  ${obj(g)['met'] === undefined ? 'INFO   ' : obj(g)['met'] ? 'MET    ' : 'NOT MET'} ${goal} ${JSON.stringify(g)}`);
  }
  console.log(`\nmachine ${JSON.stringify(result['machine'])}; wall ${String(result['wallSeconds'])} s`);
}
