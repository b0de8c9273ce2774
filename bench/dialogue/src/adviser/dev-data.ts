// The adviser's training data: the dev halves of every corpus, nothing else. Held-out records are
// dropped line by line as the files are read, before any field of theirs is kept (docs/adr/0035).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Intent, Language, MerchantFacts } from '@uplift/domain';
import { CORPUS_DIR } from '../corpus';

/** One labelled dev message: from messages.jsonl, or a safety item (always provide_info or ask_question). */
export interface DevExample {
  id: string;
  corpus: string;
  source: 'messages' | 'safety';
  text: string;
  lang: Language;
  intent: Intent;
  facts: MerchantFacts;
}

/** The corpora, by the names the benchmark prints. */
export const CORPORA: Readonly<Record<string, string>> = {
  first: CORPUS_DIR,
  second: join(CORPUS_DIR, 'second'),
  third: join(CORPUS_DIR, 'third'),
  fourth: join(CORPUS_DIR, 'fourth'),
  fifth: join(CORPUS_DIR, 'fifth'),
  sixth: join(CORPUS_DIR, 'sixth'),
  seventh: join(CORPUS_DIR, 'seventh'),
};

/** The split rule of every corpus README: id number mod 5 in {0, 1} is dev. */
const isDevId = (id: string) => [0, 1].includes(Number(id.replace(/\D/g, '')) % 5);

function devLines(corpus: string, source: DevExample['source']): DevExample[] {
  const path = join(CORPORA[corpus] ?? '', `${source}.jsonl`);
  if (!existsSync(path)) return [];
  const out: DevExample[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; split: string; text: string; lang: Language; intent: Intent; facts?: MerchantFacts };
    // Both the field and the id rule must say dev; anything else is never kept.
    if (r.split !== 'dev' || !isDevId(r.id)) continue;
    out.push({ id: r.id, corpus, source, text: r.text, lang: r.lang, intent: r.intent, facts: r.facts ?? {} });
  }
  return out;
}

/** Every dev message and dev safety item of the named corpora (all of them by default). */
export function devExamples(corpora: readonly string[] = Object.keys(CORPORA)): DevExample[] {
  return corpora.flatMap((c) => [...devLines(c, 'messages'), ...devLines(c, 'safety')]);
}
