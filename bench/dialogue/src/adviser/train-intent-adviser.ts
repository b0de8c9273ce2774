// Trains the intent adviser on every corpus's dev half and writes it to
// libs/dialogue/src/intent-adviser-model.json (docs/adr/0035). Deterministic: the same data give the
// same file byte for byte. `node bench/dialogue/dist/adviser/train-intent-adviser.js`
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalText, intentFeatures, normaliseText } from '@uplift/dialogue';
import { devExamples } from './dev-data';
import { DEFAULT_OPTIONS, quantise, train } from './logistic';
import { LABELS } from './cross-validate';

/** The data's version: part of UNDERSTANDING_VERSION (libs/dialogue/src/understand.ts); the scale keeps 3 decimals. */
export const ADVISER_VERSION = 'intent-lr-4';
const SCALE = 1000;

function main() {
  if (Object.keys(process.env).some((k) => k.startsWith('ADVISER_')))
    throw new Error('the shipped adviser is trained with the default settings: unset ADVISER_*');
  const examples = devExamples();
  const model = train(
    examples.map((e) => ({ features: intentFeatures(canonicalText(normaliseText(e.text))), label: e.intent })),
    LABELS,
    DEFAULT_OPTIONS,
  );
  const shipped = quantise(model, ADVISER_VERSION, SCALE, {
    trainedBy: 'bench/dialogue/src/adviser/train-intent-adviser.ts',
    data: 'dev halves only (messages and safety) of bench/dialogue/corpus, second, third, fourth, fifth, sixth and seventh',
    examples: examples.length,
    perCorpus: Object.fromEntries(
      [...new Set(examples.map((e) => e.corpus))].map((c) => [c, examples.filter((e) => e.corpus === c).length]),
    ),
    options: DEFAULT_OPTIONS,
  });
  const file = join(__dirname, '..', '..', '..', '..', 'libs', 'dialogue', 'src', 'intent-adviser-model.json');
  writeFileSync(file, `${JSON.stringify(shipped)}\n`);
  console.log(`[adviser] ${Object.keys(shipped.weights).length} features × ${LABELS.length} intents → ${file}`);
}

main();
