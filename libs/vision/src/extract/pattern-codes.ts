/** Letters and digits OCR confuses in printed document numbers (a prefix GR read CR, D read 0). */
const LOOKALIKES: Readonly<Record<string, string>> = {
  C: 'G',
  G: 'C6',
  '0': 'DOQ',
  D: '0',
  O: '0D',
  Q: '0',
  '1': 'IL',
  I: '1',
  L: '1',
  '2': 'Z',
  Z: '2',
  '5': 'S',
  S: '5',
  '6': 'G',
  '8': 'B',
  B: '8',
};

/**
 * A document number that misses the format its type prints (GR + 12 digits, D + 9 digits) by one look-alike
 * character: the first run of letters and digits with one character replaced so that the whole run has the
 * format, only when exactly one replacement does (no guessing between readings). Pure.
 */
export function oneLookalikeFromPattern(text: string, pattern: RegExp): string | null {
  const whole = new RegExp(`^(?:${pattern.source})$`);
  for (const run of text.toUpperCase().match(/[0-9A-Z]{4,}/g) ?? []) {
    const found = new Set<string>();
    [...run].forEach((ch, i) => {
      for (const alt of LOOKALIKES[ch] ?? '') {
        const candidate = run.slice(0, i) + alt + run.slice(i + 1);
        if (whole.test(candidate)) found.add(candidate);
      }
    });
    if (found.size === 1) return [...found][0] ?? null;
    if (found.size > 1) return null;
  }
  return null;
}
