import {
  isValidUscc,
  isValidVin,
  parseCapitalAmountFen,
  type AuthenticityFinding,
  type EvidenceAuthenticity,
  type EvidenceItem,
  type EvidenceKind,
  type EvidenceRecognition,
  type FieldValidation,
  type PhotoClassId,
  type RecognisedField,
  type VoucherTypeId,
} from '@uplift/domain';
import type { Draw } from './rng';

// The shapes a policy reads (libs/domain's EvidenceItem, EvidenceRecognition, EvidenceAuthenticity), filled
// the way the recogniser and the authenticity checks fill them: ISO dates, amounts with two decimals,
// periods as from/until, the validation rules the recogniser runs, findings with their checks.

const TEXT_EXCERPT_CHARS = 2000;
const METHODS = { ocr: 'independent-split', extractor: 'independent-split', validations: 'voucher-rules-1' };

/** Amount as the recogniser normalises it: yuan with two decimals, no separators. */
export const amount = (cny: number): string => (Math.round(cny * 100) / 100).toFixed(2);

/** Amount as printed on paper: thousands separators and two decimals. */
export const printed = (cny: number): string =>
  (Math.round(cny * 100) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** ISO date of a Date (UTC). */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** ISO date `days` after (negative: before) an ISO date. */
export function addDays(iso: string, days: number): string {
  return isoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));
}

/** A recognised field with an OCR-like confidence. */
export function field(d: Draw, name: string, value: string): RecognisedField {
  return {
    name,
    value,
    confidence: Math.round(d.between(0.82, 0.995) * 1000) / 1000,
    box: [d.int(40, 200), d.int(60, 1400), d.int(200, 700), d.int(28, 48)],
  };
}

/** The rules the recogniser runs over a voucher's fields (run-validations), computed here from the values. */
export function validationsFor(
  type: VoucherTypeId,
  fields: readonly RecognisedField[],
  caseDate: string,
  sealCount: number,
): FieldValidation[] {
  const out: FieldValidation[] = [];
  const get = (name: string) => fields.find((f) => f.name === name)?.value;
  for (const f of fields) {
    if (['uscc', 'buyer_tax_id', 'seller_tax_id', 'taxpayer_id'].includes(f.name)) {
      const ok = isValidUscc(f.value);
      out.push({
        rule: 'uscc_check_digit',
        fields: [f.name],
        passed: ok,
        detail: ok ? 'check character matches (GB 32100-2015)' : `${f.value} fails`,
      });
    }
    if (f.name === 'vin')
      out.push({ rule: 'vin_check_digit', fields: ['vin'], passed: isValidVin(f.value), detail: 'position-9 check digit' });
    if (f.name === 'plate') out.push({ rule: 'plate_format', fields: ['plate'], passed: true, detail: 'ordinary plate' });
    if (f.name === 'valid_until') {
      const ok = f.value === '长期' || f.value >= caseDate;
      out.push({
        rule: 'valid_on_case_date',
        fields: ['valid_until'],
        passed: ok,
        detail: ok ? `valid on ${caseDate}` : `expired ${f.value}, before ${caseDate}`,
      });
    }
    if (['established_date', 'registration_date', 'issue_date', 'grant_date', 'signing_date', 'date'].includes(f.name)) {
      const ok = f.value <= caseDate;
      out.push({
        rule: 'date_plausible',
        fields: [f.name],
        passed: ok,
        detail: ok ? 'on or before the case date' : `${f.value} is in the future`,
      });
    }
    if (f.name === 'term' && ['lease_contract', 'sales_contract', 'purchase_contract'].includes(type)) {
      const [from = '', until = ''] = f.value.split('/');
      const ok = from <= caseDate && (until === '长期' || until >= caseDate);
      out.push({
        rule: 'term_covers_case_date',
        fields: ['term'],
        passed: ok,
        detail: ok ? `covers ${caseDate}` : `does not cover ${caseDate}`,
      });
    }
  }
  for (const [figure, capital] of [
    ['total', 'total_capital'],
    ['amount', 'amount_capital'],
  ] as const) {
    const a = get(figure);
    const c = get(capital);
    if (a === undefined || c === undefined) continue;
    const ok = Math.round(Number(a) * 100) === parseCapitalAmountFen(c);
    out.push({ rule: 'capital_numerals_match_figures', fields: [figure, capital], passed: ok, detail: ok ? `${c} = ${a}` : `${c} ≠ ${a}` });
  }
  const [a, t, tot] = [get('amount'), get('tax'), get('total')];
  if ((type === 'vat_special_invoice' || type === 'vat_ordinary_invoice') && a && t && tot) {
    const ok = Math.round(Number(a) * 100) + Math.round(Number(t) * 100) === Math.round(Number(tot) * 100);
    out.push({
      rule: 'amount_plus_tax_equals_total',
      fields: ['amount', 'tax', 'total'],
      passed: ok,
      detail: `${a} + ${t} ${ok ? '=' : '≠'} ${tot}`,
    });
  }
  if (['business_licence', 'sales_contract', 'purchase_contract', 'lease_contract'].includes(type)) {
    out.push({ rule: 'red_seal_present', fields: [], passed: sealCount > 0, detail: `${sealCount} red seal(s) found` });
  }
  return out;
}

/** What recognition made of a voucher. */
export function voucherRecognition(
  d: Draw,
  type: VoucherTypeId,
  fields: RecognisedField[],
  lines: readonly string[],
  caseDate: string,
  extra: { seals?: number; validations?: FieldValidation[]; pdf?: boolean } = {},
): EvidenceRecognition {
  const seals =
    extra.seals ??
    (['business_licence', 'sales_contract', 'purchase_contract', 'lease_contract', 'food_business_permit'].includes(type) ? 1 : 0);
  return {
    documentType: type,
    classificationConfidence: Math.round(d.between(0.78, 0.99) * 100) / 100,
    fields,
    validations: [...validationsFor(type, fields, caseDate, seals), ...(extra.validations ?? [])],
    seals: Array.from({ length: seals }, () => ({
      shape: 'circle' as const,
      hasStar: true,
      box: [d.int(500, 900), d.int(900, 1500), 260, 260] as const,
      confidence: 0.9,
    })),
    signatures: [],
    objects: [],
    text: lines.join('\n').slice(0, TEXT_EXCERPT_CHARS),
    ocrEngine: extra.pdf ? 'pdf-text-layer' : 'pp-ocrv4',
    methodVersions: METHODS,
    timingsMs: {},
  };
}

/** What recognition made of an asset photo: its class, the objects counted, the sign text and plates read. */
export function photoRecognition(
  d: Draw,
  declared: PhotoClassId,
  objects: { label: string; count: number }[],
  fields: RecognisedField[],
  seenAs: PhotoClassId | 'unknown' = declared,
): EvidenceRecognition {
  return {
    documentType: null,
    classificationConfidence: 0,
    photoClass: { class: seenAs, confidence: Math.round(d.between(0.55, 0.95) * 100) / 100, matchesDeclared: seenAs === declared },
    fields,
    validations: fields
      .filter((f) => f.name === 'plate')
      .map((f) => ({ rule: 'plate_format', fields: ['plate'], passed: true, detail: `${f.value} read from the photo` })),
    seals: [],
    signatures: [],
    objects: objects.map((o) => ({
      label: o.label,
      assetClass: declared,
      count: o.count,
      confidence: Math.round(d.between(0.5, 0.9) * 100) / 100,
    })),
    text: fields.map((f) => f.value).join('\n'),
    ocrEngine: 'pp-ocrv4',
    methodVersions: METHODS,
    timingsMs: {},
  };
}

/** Authenticity of an upload: its verdict follows the findings, as the domain's authenticityVerdict rules. */
export function authenticity(d: Draw, findings: AuthenticityFinding[], image: boolean): EvidenceAuthenticity {
  const verdict = findings.some((f) => f.severity === 'critical')
    ? 'fail'
    : findings.some((f) => f.severity === 'warning')
      ? 'suspect'
      : 'pass';
  return { verdict, findings, fingerprint: image ? { phash: d.hex(16), dhash: d.hex(16) } : null, heatmaps: {} };
}

/** One finding of a check, in the shape the authenticity library writes. */
export function finding(
  check: AuthenticityFinding['check'],
  severity: AuthenticityFinding['severity'],
  score: number,
  detail: string,
  related?: string[],
): AuthenticityFinding {
  return {
    check,
    severity,
    score,
    methodVersion: `${check}-independent`,
    region: null,
    detail,
    ...(related ? { relatedEvidenceIds: related } : {}),
  };
}

/** An upload as case state holds it once assessed, recognised and checked. */
export function evidenceItem(
  d: Draw,
  evidenceId: string,
  declared: EvidenceKind,
  submittedAt: string,
  recognition: EvidenceRecognition,
  auth: EvidenceAuthenticity,
): EvidenceItem {
  const pdf = recognition.ocrEngine === 'pdf-text-layer';
  const format = pdf ? 'pdf' : 'jpeg';
  return {
    evidenceId,
    declared,
    mediaType: pdf ? 'application/pdf' : 'image/jpeg',
    sizeBytes: d.int(180_000, 3_500_000),
    sha256: d.hex(64),
    submittedAt,
    assessment: {
      verdict: 'readable',
      problems: [],
      format,
      width: pdf ? null : 3024,
      height: pdf ? null : 4032,
      pages: pdf ? d.int(1, 6) : null,
      sharpness: pdf ? null : Math.round(d.between(120, 900)),
      brightness: pdf ? null : Math.round(d.between(90, 190)),
      textCharacters: pdf ? d.int(800, 9000) : null,
      methodVersion: 'assess-independent',
    },
    recognition,
    authenticity: auth,
  };
}
