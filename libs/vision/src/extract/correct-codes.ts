import { isValidUscc, isValidVin } from '@uplift/domain';

/** Characters OCR confuses with each other in printed codes; the check character decides between them. */
const CONFUSABLE: Readonly<Record<string, string>> = {
  '0': 'DQU',
  D: '0',
  Q: '0',
  U: '0',
  '1': 'ILT7',
  L: '1',
  T: '1',
  '7': '1',
  '2': 'Z',
  Z: '2',
  '5': 'S',
  S: '5',
  '6': 'G',
  G: '6',
  '8': 'B',
  B: '8',
  Y: 'V',
  V: 'Y',
};
/** Letters a USCC never contains (GB 32100-2015 excludes I, O, Z, S, V). */
const USCC_FORCED: Readonly<Record<string, string>> = { O: '0', I: '1', Z: '2', S: '5', V: 'Y' };
/** Letters a VIN never contains (ISO 3779 excludes I, O, Q). */
const VIN_FORCED: Readonly<Record<string, string>> = { O: '0', I: '1', Q: '0' };

/** A code after correction: `certainty` 1 = valid as read, 0.9 = valid after fixes, 0.4 = no valid reading. */
export interface CorrectedCode {
  value: string;
  certainty: number;
}

function forced(run: string, table: Readonly<Record<string, string>>): string {
  return [...run].map((c) => table[c] ?? c).join('');
}

/** The single confusable-pair substitution that makes `run` valid, only when exactly one does (no guessing). */
function oneSubstitution(run: string, valid: (s: string) => boolean): string | null {
  const found = new Set<string>();
  for (let i = 0; i < run.length; i += 1) {
    for (const alt of CONFUSABLE[run[i] ?? ''] ?? '') {
      const candidate = run.slice(0, i) + alt + run.slice(i + 1);
      if (valid(candidate)) found.add(candidate);
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

function correct(
  raw: string,
  length: number,
  forcedTable: Readonly<Record<string, string>>,
  valid: (s: string) => boolean,
): CorrectedCode | null {
  const text = raw.toUpperCase().replace(/[\s\-·.]/g, '');
  const runs = [...text.matchAll(new RegExp(`[0-9A-Z]{${length}}`, 'g'))].map((m) => m[0]);
  // A longer run may hold the code with a stray character at either end: try every window.
  const windows = [
    ...new Set([
      ...runs,
      ...[...text.matchAll(/[0-9A-Z]+/g)].flatMap((m) =>
        m[0].length > length ? Array.from({ length: m[0].length - length + 1 }, (_, i) => m[0].slice(i, i + length)) : [],
      ),
    ]),
  ];
  for (const run of windows) if (valid(run)) return { value: run, certainty: 1 };
  for (const run of windows) {
    const fixed = forced(run, forcedTable);
    if (valid(fixed)) return { value: fixed, certainty: 0.9 };
  }
  for (const run of windows) {
    const fixed = oneSubstitution(forced(run, forcedTable), valid);
    if (fixed) return { value: fixed, certainty: 0.85 };
  }
  const first = runs[0] ?? windows[0];
  return first ? { value: forced(first, forcedTable), certainty: 0.4 } : null;
}

/** A unified social credit code from raw text, corrected by its check character where one substitution suffices. Pure. */
export function correctUscc(raw: string): CorrectedCode | null {
  return correct(raw, 18, USCC_FORCED, isValidUscc);
}

/** A VIN from raw text, corrected by its position-9 check digit where one substitution suffices. Pure. */
export function correctVin(raw: string): CorrectedCode | null {
  return correct(raw, 17, VIN_FORCED, isValidVin);
}
