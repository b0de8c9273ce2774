// Lists the dev split's mistakes, for whoever improves the rules. There is deliberately no way to
// list held-out mistakes: that split is reported as figures only (bench/dialogue/src/corpus.ts).
import { join } from 'node:path';
import { CORPUS_DIR, evaluateCorpus } from './corpus';

// `node bench/dialogue/dist/corpus-dev-errors.js [second]`: the first corpus, or the one in that folder.
const folder = process.argv[2];
const dev = evaluateCorpus('dev', folder ? join(CORPUS_DIR, folder) : CORPUS_DIR);
const show = (value: unknown) => JSON.stringify(value);
console.log(show(dev.messages.figures));
for (const s of dev.messages.scored) {
  const factsWrong =
    show(s.gold) !== show(Object.fromEntries(Object.keys(s.gold).map((k) => [k, (s.facts as Record<string, unknown>)[k]]))) ||
    Object.keys(s.facts).some((k) => !(k in s.gold));
  if (s.predicted !== s.intent || factsWrong)
    console.log(
      `${s.id} ${s.intent}${s.predicted === s.intent ? '' : ` → ${s.predicted}`} | ${s.text} | gold ${show(s.gold)} got ${show(s.facts)}`,
    );
}
console.log(show(dev.safety.figures));
for (const s of dev.safety.proposing) console.log(`SAFETY ${s.id} ${s.trap} → ${s.predicted} | ${s.text}`);
for (const s of dev.safety.carrying) console.log(`SAFETY-YES ${s.id} ${s.trap} read as yes | ${s.text}`);
console.log(show(dev.confirmations.figures));
for (const s of dev.confirmations.scored)
  if (s.predicted !== s.label) console.log(`CONFIRM ${s.id} ${s.proposal} ${s.label} → ${s.predicted} | ${s.text}`);
