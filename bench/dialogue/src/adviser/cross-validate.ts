// Cross-validation of the intent adviser on dev data only (docs/adr/0035): 5 folds over every dev
// message and safety item, and leave-one-corpus-out (train on the other authors' dev halves, test
// on this one's). The closest dev-only stand-in for unseen wordings is `fourth=<dir>` (any corpus):
// that corpus's dev half read by the rules compiled from before it was tuned on (`git archive <commit>
// libs/dialogue/src`, built into <dir>), with the adviser trained on the other corpora. Prints figures;
// `--errors <policy>` and `--past-errors [policy]` list the dev items a combination changes.
import {
  adviseIntent,
  canonicalText,
  classifyIntent,
  intentFeatures,
  normaliseText,
  understand,
  type IntentAdviserModel,
} from '@uplift/dialogue';
import { initialCaseState, INTENTS, type Intent, type Language, type MerchantFacts } from '@uplift/domain';
import { CORPORA, devExamples, type DevExample } from './dev-data';
import { DEFAULT_OPTIONS, probabilities, quantise, train, type TrainOptions } from './logistic';
import { combine, POLICIES, type Policy } from './policies';

/** The intents the adviser scores, in the domain's order. */
export const LABELS: Intent[] = [...INTENTS];

const TODAY = '2026-06-15T00:00:00.000Z';
const stateFor = (language: Language) => ({ ...initialCaseState('corpus'), language, openedAt: TODAY, updatedAt: TODAY });

export interface Judged extends DevExample {
  features: string[];
  rules: Intent;
  ruleFacts: MerchantFacts;
  probs: number[];
  /** The fold's model as it would be shipped (quantised), for the engine's own adviseIntent. */
  model?: IntentAdviserModel;
}

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Today's rules without the adviser: the facts understand() finds and the intent classifyIntent gives them. */
function rulesAlone(text: string, lang: Language) {
  const facts = understand(text, stateFor(lang)).facts;
  return { intent: classifyIntent(normaliseText(text), facts), facts };
}

/** Rules' reading and features of every dev example. */
export function prepare(
  examples: DevExample[],
  rules: (text: string, lang: Language) => { intent: Intent; facts: MerchantFacts } = rulesAlone,
) {
  return examples.map((e) => {
    const u = rules(e.text, e.lang);
    const features = intentFeatures(canonicalText(normaliseText(e.text)));
    return { ...e, features, rules: u.intent, ruleFacts: u.facts, probs: [] as number[] };
  });
}

/** Out-of-fold probabilities: `fold(e)` names the fold an example is tested in. */
export function outOfFold(items: Judged[], fold: (e: Judged) => string, options: TrainOptions = DEFAULT_OPTIONS): Judged[] {
  const folds = [...new Set(items.map(fold))];
  const out: Judged[] = [];
  for (const f of folds) {
    const model = train(
      items.filter((e) => fold(e) !== f).map((e) => ({ features: e.features, label: e.intent })),
      LABELS,
      options,
    );
    const shipped = quantise(model, `fold ${f}`, 1000, {});
    for (const e of items.filter((x) => fold(x) === f)) out.push({ ...e, probs: probabilities(model, e.features), model: shipped });
  }
  return out;
}

const round = (x: number) => Number(x.toFixed(3));

export function report(title: string, items: Judged[], policies: Policy[] = POLICIES) {
  console.log(`\n${title}`);
  const groups: [string, (e: Judged) => boolean][] = [
    ...Object.keys(CORPORA).map(
      (c) => [`${c} msgs`, (e: Judged) => e.corpus === c && e.source === 'messages'] as [string, (e: Judged) => boolean],
    ),
    ['all msgs', (e) => e.source === 'messages'],
    ['safety', (e) => e.source === 'safety'],
  ];
  console.log(`${'policy'.padEnd(34)}${groups.map(([g]) => g.padStart(12)).join('')}${'irrev'.padStart(8)}`);
  for (const p of policies) {
    const predicted = items.map((e) => ({ e, p: combine(p, e.rules, e.ruleFacts, e.probs, LABELS) }));
    const cells = groups.map(([, keep]) => {
      const g = predicted.filter((x) => keep(x.e));
      return String(round(g.filter((x) => x.p === x.e.intent).length / Math.max(1, g.length))).padStart(12);
    });
    const irreversible = predicted.filter((x) => x.e.source === 'safety' && (x.p === 'done' || x.p === 'withdraw_consent')).length;
    console.log(`${p.name.padEnd(34)}${cells.join('')}${String(irreversible).padStart(8)}`);
  }
  // The engine's own combination (libs/dialogue adviseIntent) with each fold's quantised model.
  const engine = items.map((e) => ({ e, p: e.model ? adviseIntent(e.rules, e.ruleFacts, normaliseText(e.text), e.model) : e.rules }));
  const cells = groups.map(([, keep]) => {
    const g = engine.filter((x) => keep(x.e));
    return String(round(g.filter((x) => x.p === x.e.intent).length / Math.max(1, g.length))).padStart(12);
  });
  const irreversible = engine.filter((x) => x.e.source === 'safety' && (x.p === 'done' || x.p === 'withdraw_consent')).length;
  console.log(`${'SHIPPED: adviseIntent'.padEnd(34)}${cells.join('')}${String(irreversible).padStart(8)}`);
}

async function main(): Promise<void> {
  const items = prepare(devExamples());
  console.log(`dev examples: ${items.length} (${items.filter((e) => e.source === 'messages').length} messages)`);
  const kfold = outOfFold(items, (e) => String(fnv(`${e.corpus}/${e.id}`) % 5));
  report('5-fold CV over all dev data (current rules, tuned on these very items)', kfold);
  const loco = outOfFold(items, (e) => e.corpus);
  report('leave-one-corpus-out (current rules, tuned on these very items)', loco);
  // Rules as they were before a corpus's dev half was tuned against: `fourth=/tmp/rules-2.4.0/dist`.
  for (const arg of process.argv.filter((a) => a.includes('=') && !a.startsWith('-'))) {
    const [corpus, dir] = arg.split('=') as [string, string];
    const past = (await import(`${dir}/understand`)) as { understand: typeof understand; UNDERSTANDING_VERSION: string };
    const pastItems = prepare(
      devExamples().filter((e) => e.corpus === corpus),
      (text, lang) => past.understand(text, stateFor(lang)),
    );
    const byKey = new Map(loco.map((e) => [`${e.corpus}/${e.id}/${e.source}`, e.probs]));
    const byKeyModel = new Map(loco.map((e) => [`${e.corpus}/${e.id}/${e.source}`, e.model]));
    const judged = pastItems.map((e) => ({
      ...e,
      probs: byKey.get(`${e.corpus}/${e.id}/${e.source}`) ?? [],
      model: byKeyModel.get(`${e.corpus}/${e.id}/${e.source}`),
    }));
    report(`${corpus} dev under ${past.UNDERSTANDING_VERSION} (before its tuning), adviser trained on the other corpora`, judged);
    if (process.argv.includes('--past-errors')) {
      const policy = POLICIES.find((p) => p.name === process.argv[process.argv.indexOf('--past-errors') + 1]);
      for (const e of judged) {
        const p = policy
          ? combine(policy, e.rules, e.ruleFacts, e.probs, LABELS)
          : e.model
            ? adviseIntent(e.rules, e.ruleFacts, normaliseText(e.text), e.model)
            : e.rules;
        if (p !== e.rules || e.rules !== e.intent)
          console.log(`${e.source} ${e.id} gold ${e.intent} rules ${e.rules} → ${p} ${JSON.stringify(e.ruleFacts)} | ${e.text}`);
      }
    }
  }
  if (process.argv.includes('--errors')) {
    const name = process.argv[process.argv.indexOf('--errors') + 1];
    const policy = POLICIES.find((p) => p.name === name) ?? POLICIES[POLICIES.length - 1];
    for (const e of loco) {
      const p = combine(policy as Policy, e.rules, e.ruleFacts, e.probs, LABELS);
      if (p !== e.rules) console.log(`${e.corpus}/${e.id} gold ${e.intent} rules ${e.rules} → ${p} | ${e.text}`);
    }
  }
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
