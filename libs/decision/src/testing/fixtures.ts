import {
  initialCaseState,
  type CaseState,
  type EvidenceItem,
  type EvidenceKind,
  type EvidenceRecognition,
  type IndustryId,
  type MerchantFacts,
  type AuthenticityCheck,
  type FindingSeverity,
} from '@uplift/domain';

// Builders of case states whose evidence is shaped like @uplift/vision's output (field names from its
// voucher specs, normalised values). Used by the unit tests and the decision benchmark; not by the policy.

/** Options of one recognised upload. */
export interface UploadOptions {
  fields?: Record<string, string>;
  objects?: { label: string; assetClass: string | null; count: number }[];
  text?: string;
  failedChecks?: string[];
  /** Recognised as another voucher type than declared. */
  recognisedAs?: string;
  readable?: boolean;
  authenticity?: { verdict: 'pass' | 'suspect' | 'fail'; findings: { check: AuthenticityCheck; severity?: FindingSeverity }[] } | null;
  fieldConfidence?: number;
}

/** A readable, recognised upload. */
export function upload(id: string, declared: EvidenceKind, o: UploadOptions = {}): EvidenceItem {
  const documentType = declared.kind === 'voucher' ? (o.recognisedAs ?? declared.type) : null;
  const recognition: EvidenceRecognition = {
    documentType: documentType as EvidenceRecognition['documentType'],
    classificationConfidence: 0.9,
    ...(declared.kind === 'photo'
      ? { photoClass: { class: declared.class, confidence: 0.8, matchesDeclared: o.recognisedAs === undefined } }
      : {}),
    fields: Object.entries(o.fields ?? {}).map(([name, value]) => ({ name, value, confidence: o.fieldConfidence ?? 0.95, box: null })),
    validations: [
      { rule: 'fixture_ok', fields: [], passed: true, detail: '' },
      ...(o.failedChecks ?? []).map((rule) => ({ rule, fields: [], passed: false, detail: 'fixture' })),
    ],
    seals: [],
    signatures: [],
    objects: (o.objects ?? []).map((x) => ({
      ...x,
      assetClass: x.assetClass as EvidenceRecognition['objects'][number]['assetClass'],
      confidence: 0.8,
    })),
    text: o.text ?? '',
    ocrEngine: 'pp-ocrv4',
    methodVersions: { fixture: '1' },
    timingsMs: {},
  };
  const item: EvidenceItem = {
    evidenceId: id,
    declared,
    mediaType: 'image/jpeg',
    sizeBytes: 1000,
    sha256: id.padEnd(64, '0').slice(0, 64),
    submittedAt: '2026-11-20T08:00:00.000Z',
    assessment: {
      verdict: o.readable === false ? 'unreadable' : 'readable',
      problems: o.readable === false ? ['BLURRY'] : [],
      format: 'jpeg',
      width: 1600,
      height: 1200,
      pages: null,
      sharpness: 1,
      brightness: 0.5,
      textCharacters: null,
      methodVersion: 'fixture',
    },
    recognition,
    authenticity: o.authenticity
      ? {
          verdict: o.authenticity.verdict,
          findings: o.authenticity.findings.map((x) => ({
            check: x.check,
            severity: x.severity ?? 'warning',
            score: 0.9,
            methodVersion: 'fixture',
            region: null,
            detail: 'fixture',
          })),
          fingerprint: null,
          heatmaps: {},
        }
      : null,
  };
  return item;
}

/** A case about to be decided. */
export function caseWith(options: {
  caseId?: string;
  industry: IndustryId | null;
  currentLimit: number;
  requestedLimit: number;
  facts?: MerchantFacts;
  evidence: EvidenceItem[];
  asOf?: string;
}): CaseState {
  const at = `${options.asOf ?? '2026-11-22'}T09:00:00.000Z`;
  return {
    ...initialCaseState(options.caseId ?? 'case-1'),
    status: 'collecting',
    channel: 'test',
    merchantRef: 'm-1',
    industry: options.industry,
    currentLimit: options.currentLimit,
    requestedLimit: options.requestedLimit,
    facts: { ...(options.industry ? { industry: options.industry } : {}), ...(options.facts ?? {}) },
    evidence: Object.fromEntries(options.evidence.map((e) => [e.evidenceId, e])),
    evidenceOrder: options.evidence.map((e) => e.evidenceId),
    openedAt: `${options.asOf ?? '2026-11-22'}T08:00:00.000Z`,
    updatedAt: at,
  };
}

const fmt = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
const V = (type: string) => ({ kind: 'voucher', type }) as EvidenceKind;
const P = (cls: string) => ({ kind: 'photo', class: cls }) as EvidenceKind;

/** A business licence naming the merchant. */
export const licence = (id: string, name: string, uscc = '91310000MA1FL8XQ30', o: UploadOptions = {}) =>
  upload(id, V('business_licence'), { ...o, fields: { name, uscc, established_date: '2019-03-01', ...o.fields } });

/** A VAT invoice; `role` says whether the merchant sells or buys. */
export function invoice(
  id: string,
  merchant: string,
  total: number,
  date: string,
  role: 'seller' | 'buyer' = 'seller',
  o: UploadOptions = {},
): EvidenceItem {
  const amount = total / 1.13;
  const other = 'Counterparty Trading Co';
  return upload(id, V('vat_special_invoice'), {
    ...o,
    fields: {
      invoice_no: `2644${id.replace(/\D/g, '').padStart(16, '0')}`.slice(0, 20),
      date,
      seller: role === 'seller' ? merchant : other,
      buyer: role === 'seller' ? other : merchant,
      amount: fmt(amount),
      tax: fmt(total - Number(fmt(amount))),
      total: fmt(total),
      ...o.fields,
    },
  });
}

/**
 * How a statement prints its movements: `credit-debit` (收入 | 支出 with 0.00 in the empty cell, the default),
 * `debit-credit` (借方 | 贷方, debits first), `split-blank` (separate columns, the empty cell left blank, so a
 * row shows one unsigned figure and the balance) or `signed` (one 交易金额 column, outflows with a minus).
 */
export type StatementLayout = 'credit-debit' | 'debit-credit' | 'split-blank' | 'signed';

/** Options of a statement besides the upload's. */
export interface StatementOptions extends UploadOptions {
  layout?: StatementLayout;
  /** Rows listed newest first, as some bank exports do. */
  newestFirst?: boolean;
}

const STATEMENT_HEADERS: Record<StatementLayout, string> = {
  'credit-debit': '交易日期 摘要 收入金额 支出金额 余额',
  'debit-credit': '交易日期 摘要 借方发生额 贷方发生额 余额',
  'split-blank': '交易日期 摘要 收入金额 支出金额 余额',
  signed: '交易日期 摘要 交易金额 余额',
};

/** The movement cells of a row: `amount` > 0 is an inflow. */
function movementCells(layout: StatementLayout, amount: number): string {
  const a = fmt(Math.abs(amount));
  switch (layout) {
    case 'credit-debit':
      return amount > 0 ? `${a} 0.00` : `0.00 ${a}`;
    case 'debit-credit':
      return amount > 0 ? `0.00 ${a}` : `${a} 0.00`;
    case 'split-blank':
      return a;
    case 'signed':
      return amount > 0 ? a : `-${a}`;
    default: {
      const unreachable: never = layout;
      return String(unreachable);
    }
  }
}

/**
 * A bank statement with credit rows over [from, until] summing to `credits`, each followed by an outflow of
 * 80% of it. The default layout prints every row on `from` without a header (as the first fixtures did);
 * other layouts print a header and spread the rows over the period.
 */
export function bankStatement(
  id: string,
  merchant: string,
  credits: number,
  from: string,
  until: string,
  o: StatementOptions = {},
): EvidenceItem {
  const rows = 6;
  const layout = o.layout ?? 'credit-debit';
  const spread = o.layout !== undefined;
  const first = Date.parse(`${from}T00:00:00Z`);
  const step = (Date.parse(`${until}T00:00:00Z`) - first) / (2 * rows);
  const dayOf = (k: number) =>
    spread ? new Date(first + Math.floor((k * step) / 86_400_000) * 86_400_000).toISOString().slice(0, 10) : from;
  let balance = 10_000;
  const movements: string[] = [];
  for (let i = 0; i < rows; i++) {
    const credit = credits / rows;
    balance += credit;
    movements.push(`${dayOf(2 * i)} 货款 ${movementCells(layout, credit)} ${fmt(balance)}`);
    balance -= credit * 0.8;
    movements.push(`${dayOf(2 * i + 1)} 支出 ${movementCells(layout, -credit * 0.8)} ${fmt(balance)}`);
  }
  if (o.newestFirst) movements.reverse();
  const lines = ['账户交易明细', `户名 ${merchant}`, `账号 6222****1234`, `起止日期 ${from}至${until}`];
  if (spread) lines.push(STATEMENT_HEADERS[layout]);
  lines.push(...movements);
  return upload(id, V('bank_statement'), {
    ...o,
    fields: { account_name: merchant, account_no: '6222****1234', period: `${from}/${until}`, ...o.fields },
    text: lines.join('\n'),
  });
}

/** A sales contract in force. */
export const salesContract = (
  id: string,
  merchant: string,
  amount: number,
  signed: string,
  termFrom: string,
  termUntil: string,
  o: UploadOptions = {},
) =>
  upload(id, V('sales_contract'), {
    ...o,
    fields: {
      contract_no: `HT-${id}`,
      party_a: merchant,
      party_b: 'Buyer Ltd',
      amount: fmt(amount),
      signing_date: signed,
      term: `${termFrom}/${termUntil}`,
      ...o.fields,
    },
  });

/** A tax certificate declaring sales over a period. */
export const taxCertificate = (id: string, sales: number, from: string, until: string, o: UploadOptions = {}) =>
  upload(id, V('tax_payment_certificate'), {
    ...o,
    fields: {
      taxpayer_id: '91310000MA1FL8XQ30',
      tax_period: `${from}/${until}`,
      tax_type: '增值税',
      amount_paid: fmt(sales * 0.01),
      sales: fmt(sales),
      ...o.fields,
    },
  });

/** A vehicle licence. */
export const vehicleLicence = (id: string, plate: string, o: UploadOptions = {}) =>
  upload(id, V('vehicle_licence'), {
    ...o,
    fields: { plate, owner: 'owner', vin: 'LFWSRXRJ8L1A00001', registration_date: '2021-05-01', rated_load: '18000kg', ...o.fields },
  });

/** A photo with detected objects. */
export const photo = (
  id: string,
  cls: string,
  objects: { label: string; assetClass: string | null; count: number }[],
  o: UploadOptions = {},
) => upload(id, P(cls), { ...o, objects });

/** A payroll sheet. */
export const payroll = (id: string, headCount: number, total: number, o: UploadOptions = {}) =>
  upload(id, V('payroll_sheet'), {
    ...o,
    fields: { company: 'x', month: '2026-10', head_count: String(headCount), total: fmt(total), ...o.fields },
  });

/** A utility bill. */
export const utilityBill = (id: string, usage: string, from: string, until: string, o: UploadOptions = {}) =>
  upload(id, V('utility_bill'), {
    ...o,
    fields: { account_holder: 'x', account_no: '1', period: `${from}/${until}`, usage, amount: '1000.00', ...o.fields },
  });
