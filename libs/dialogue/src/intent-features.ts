// Features of the learned intent adviser (docs/adr/0035): read from the canonical text the rules read,
// so traditional characters, dialect words and full-width forms look like their plain twins. Chinese
// runs give character uni- and bigrams, Latin runs word uni- and bigrams and the first four letters of a
// longer word, figures one shared token;
// a few marks of shape (a question mark, a figure, an emoji, a very short message) complete them.
// One pass over the characters, no regular-expression scans: the adviser runs on every turn.

const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isLatin = (code: number) => (code >= 0x61 && code <= 0x7a) || code === 0x27;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isEmoji = (code: number) => code >= 0x1f300 && code <= 0x1faff;

/** Word and character tokens of a canonical text, in order; a run boundary (punctuation, space) is ''. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  let kind: 'latin' | 'digit' | null = null;
  const flush = () => {
    if (word) out.push(kind === 'digit' ? '<n>' : word);
    word = '';
    kind = null;
  };
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isHan(code)) {
      flush();
      out.push(ch);
    } else if (isLatin(code) || (isDigit(code) && kind === 'latin')) {
      if (kind === 'digit') flush();
      kind = 'latin';
      word += ch;
    } else if (isDigit(code) || ((ch === '.' || ch === ',') && kind === 'digit')) {
      if (kind === 'latin') flush();
      kind = 'digit';
      word += ch;
    } else {
      flush();
      if (ch !== ' ' || out.at(-1) === '') out.push('');
      else out.push(' ');
    }
  }
  flush();
  return out;
}

/** The feature names of one canonical text (see canonicalText), each at most once. */
export function intentFeatures(canonical: string): string[] {
  const features = new Set<string>();
  const list = tokens(canonical);
  let previous = '';
  let words = 0;
  for (const token of list) {
    if (token === '' || token === ' ') {
      // A space joins English words into bigrams; punctuation ends a run.
      if (token === '') previous = '';
      continue;
    }
    words += 1;
    const han = token.length === 1 && isHan(token.codePointAt(0) ?? 0);
    features.add(han ? `c:${token}` : `w:${token}`);
    // A stem-like prefix of a longer English word (intent-lr-3): photograph/photos, clearance/clear, finalise/finalize.
    if (!han && token.length >= 5 && token !== '<n>') features.add(`p:${token.slice(0, 4)}`);
    if (previous) {
      const previousHan = previous.length === 1 && isHan(previous.codePointAt(0) ?? 0);
      if (han === previousHan) features.add(`${han ? 'c' : 'w'}:${previous}${han ? '' : ' '}${token}`);
    }
    previous = token;
  }
  if (/[?？]/.test(canonical)) features.add('#question-mark');
  if ([...canonical].some((ch) => isEmoji(ch.codePointAt(0) ?? 0))) features.add('#emoji');
  if (words <= 2) features.add('#short');
  if (words === 0) features.add('#empty');
  return [...features];
}
