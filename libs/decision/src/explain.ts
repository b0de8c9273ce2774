import { evidenceKindName, parseEvidenceKind, type Decision, type Language, formatCny } from '@uplift/domain';

// The merchant's explanation of a decision, built from its reason codes only (so a re-evaluated record
// explains itself identically): what supported the amount, and what to do next.

const SOURCE_NAMES: Record<string, { zh: string; en: string }> = {
  invoices: { zh: '您的发票', en: 'your invoices' },
  contracts: { zh: '您的合同', en: 'your contracts' },
  bank_statements: { zh: '您的银行流水', en: 'your bank statements' },
  tax: { zh: '您的纳税证明', en: 'your tax records' },
  assets: { zh: '您的经营资产', en: 'your business assets' },
  utilities: { zh: '您的水电费单', en: 'your utility bills' },
  payroll: { zh: '您的工资和社保记录', en: 'your payroll records' },
};

const cnyK = (n: number, language: Language) => formatCny(n, language, 'thousands');

/** One- or two-sentence explanation with a next step, in the merchant's language. */
export function explainDecision(decision: Decision, language: Language): string {
  const zh = language === 'zh';
  const next = decision.reasons.find((r) => r.code === 'NEXT_STEP')?.params;
  const source = SOURCE_NAMES[String(next?.supportedBy ?? '')];
  const suggestKind = typeof next?.suggest === 'string' ? parseEvidenceKind(next.suggest) : null;
  const suggest = suggestKind ? evidenceKindName(suggestKind, language) : null;
  const uplift = cnyK(decision.uplift, language);
  switch (decision.outcome) {
    case 'approved':
      return zh
        ? `${source ? `${source.zh}支持` : ''}提额${uplift}，已按您申请的额度批准。`
        : `${source ? `${capital(source.en)} support` : 'Approved:'} +${uplift}, the full amount you asked for.`;
    case 'partial':
      return zh
        ? `${source ? source.zh : '已核实的材料'}支持提额${uplift}${suggest ? `；补充${suggest}可能支持更高额度` : ''}。`
        : `${source ? capital(source.en) : 'What we could verify'} support +${uplift}${suggest ? `; ${article(suggest)} could support more` : ''}.`;
    case 'declined':
      return zh
        ? `目前的材料还不足以支持提额${suggest ? `；补充${suggest}后可以再次申请` : ''}。`
        : `The evidence so far does not support a higher limit${suggest ? `; ${article(suggest)} could change that` : ''}.`;
    case 'referred':
      return zh
        ? '您的材料需要审核人员复核，通常一个工作日内完成，无需再做任何操作。'
        : 'A reviewer will look at your documents, usually within one working day; there is nothing more you need to do.';
    default: {
      const unreachable: never = decision.outcome;
      return String(unreachable);
    }
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const article = (s: string) => `${/^[aeiou]/i.test(s) ? 'an' : 'a'} ${s}`;
