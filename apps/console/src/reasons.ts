import { cny, currentLang } from './i18n.js';

/** A decision reason as the API reports it. */
export interface Reason {
  code: string;
  params: Record<string, number | string>;
}

type Sentence = (p: Record<string, number | string>) => [string, string];

const money = (v: number | string | undefined): string => (typeof v === 'number' ? cny(v) : (v ?? ''));
const count = (v: number | string | undefined): number =>
  String(v ?? '')
    .split(',')
    .filter(Boolean).length;

// Reviewer-facing sentences for the reason codes reviewers meet most; any other code is shown with its figures.
const SENTENCES: Record<string, Sentence> = {
  REFERRED_TO_REVIEWER: (p) => [
    `转人工审核（${String(p['triggers'] ?? '')}），系统建议额度 ${money(p['provisionalLimit'])}。`,
    `Referred to a reviewer (${String(p['triggers'] ?? '')}); the engine's provisional limit is ${money(p['provisionalLimit'])}.`,
  ],
  AUTHENTICITY_CRITICAL_FINDING: (p) => [
    `${count(p['evidenceIds'])} 份材料存在严重真实性问题。`,
    `${count(p['evidenceIds'])} upload(s) have a critical authenticity finding.`,
  ],
  EVIDENCE_FAILED_AUTHENTICITY_IGNORED: (p) => [
    `${count(p['evidenceIds'])} 份未通过真实性检查的材料未被采用。`,
    `${count(p['evidenceIds'])} upload(s) that failed authenticity were set aside.`,
  ],
  EVIDENCE_AUTHENTICITY_SUSPECT_DISCOUNTED: (p) => [
    `${count(p['evidenceIds'])} 份可疑材料被降权。`,
    `${count(p['evidenceIds'])} suspect upload(s) were discounted.`,
  ],
  EVIDENCE_FAILED_CHECKS_IGNORED: (p) => [
    `${count(p['evidenceIds'])} 份未通过检查的材料未被采用。`,
    `${count(p['evidenceIds'])} upload(s) that failed checks were set aside.`,
  ],
  HUMAN_REVIEW: (p) => [
    `由审核人决定（系统建议 ${money(p['engineProvisionalLimit'])}）。`,
    `Decided by a reviewer (engine figure ${money(p['engineProvisionalLimit'])}).`,
  ],
  NEXT_STEP: (p) => [`下一步：${String(p['action'] ?? '')}。`, `Next step: ${String(p['action'] ?? '')}.`],
};

/** A reason as a sentence in the current language. */
export function reasonSentence(reason: Reason): string {
  const sentence = SENTENCES[reason.code];
  if (sentence) return sentence(reason.params)[currentLang() === 'zh' ? 0 : 1];
  if (reason.code.startsWith('ESTIMATE_')) {
    const source = reason.code.slice('ESTIMATE_'.length).toLowerCase().replace(/_/g, ' ');
    return currentLang() === 'zh'
      ? `按${source}估算年收入 ${money(reason.params['annualRevenue'])}（权重 ${String(reason.params['weight'] ?? '')}）。`
      : `Estimate from ${source}: annual revenue ${money(reason.params['annualRevenue'])} (weight ${String(reason.params['weight'] ?? '')}).`;
  }
  const figures = Object.entries(reason.params)
    .filter(([key]) => key !== 'evidenceIds')
    .map(([key, value]) => `${key}: ${typeof value === 'number' ? value.toLocaleString() : value}`)
    .join(', ');
  return figures ? `${reason.code} (${figures})` : reason.code;
}

/** The estimators' figures, for the small chart. */
export function estimates(reasons: readonly Reason[]): { label: string; value: number; weight: number }[] {
  return reasons
    .filter((r) => r.code.startsWith('ESTIMATE_') && typeof r.params['annualRevenue'] === 'number')
    .map((r) => ({
      label: r.code.slice('ESTIMATE_'.length).toLowerCase(),
      value: Number(r.params['annualRevenue']),
      weight: Number(r.params['weight'] ?? 0),
    }));
}
