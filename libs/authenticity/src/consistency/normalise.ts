// Normalisation and fuzzy comparison of the identity fields documents repeat.

const FULL_WIDTH = /[\uff01-\uff5e]/g;

/** Full-width to half-width, no spaces or punctuation, upper case. */
export function normaliseText(s: string): string {
  return s
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s·.,，。:：;；'"“”‘’()（）【】[\]{}<>《》\-—_/\\]/g, '')
    .toUpperCase();
}

/** A company name without its legal-form suffix, for comparing short forms (signs, stamps). */
export function coreName(s: string): string {
  return normaliseText(s).replace(/(股份)?有限(责任)?公司$|个体工商户$|(分)?公司$|(经营)?部$|店$|厂$/u, '');
}

/** Dice coefficient of character bigrams, 0..1. */
export function bigramSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i += 1) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** True when two company names denote the same business (exact, core-name or near-identical). */
export function sameName(a: string, b: string): boolean {
  const x = normaliseText(a);
  const y = normaliseText(b);
  if (x === y) return true;
  const cx = coreName(a);
  const cy = coreName(b);
  return cx === cy || bigramSimilarity(cx, cy) >= 0.85;
}

/** True when a sign's text fits a registered name: the sign usually shows a short form. */
export function signFitsName(sign: string, name: string): boolean {
  const s = coreName(sign);
  const n = coreName(name);
  if (s.length < 2) return true;
  if (n.includes(s) || s.includes(n)) return true;
  // Signs drop the city prefix: compare the distinctive middle part.
  return bigramSimilarity(s, n) >= 0.5;
}

/** True when two addresses denote the same place (one contains the other, or nearly identical). */
export function sameAddress(a: string, b: string): boolean {
  const x = normaliseText(a).replace(/^(中国)?/, '');
  const y = normaliseText(b).replace(/^(中国)?/, '');
  if (x === y || x.includes(y) || y.includes(x)) return true;
  return bigramSimilarity(x, y) >= 0.8;
}

/** Canonical plate: upper case, no spaces, dots or dashes. */
export const normalisePlate = (p: string): string => normaliseText(p);

/** Plates written in free text (sign or photo OCR). */
export function platesInText(text: string): string[] {
  const re = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·\s-]?[A-HJ-NP-Z0-9]{5,6}/gu;
  return [...new Set((text.match(re) ?? []).map(normalisePlate))];
}
