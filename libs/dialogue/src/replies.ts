import {
  evidenceKindName,
  industry as industryEntry,
  type AssistantAction,
  type CaseState,
  type Decision,
  type EvidenceAssessment,
  type EvidenceKind,
  type FactName,
  type Intent,
  type Language,
  type MerchantFacts,
  formatCny,
  industryKnowledge,
} from '@uplift/domain';
import { answerQuestion } from './faq';
import { renderProposal } from './proposals';
import { renderHint } from './recommend';

const cny = (amount: number, language: Language): string => formatCny(amount, language);

const QUESTIONS: Record<FactName, Record<Language, string>> = {
  industry: {
    zh: '请问您主要做什么生意？比如餐饮、零售、货运、工程、加工制造、批发、农业或生活服务。',
    en: 'What kind of business do you run? For example catering, retail, road freight, construction, manufacturing, wholesale, farming or personal services.',
  },
  monthlyRevenue: { zh: '您每个月的营业流水大概有多少？', en: 'Roughly how much revenue does the business take in a month?' },
  vehicles: { zh: '您的车队现在有几辆营运车辆？', en: 'How many vehicles does your fleet run today?' },
  seats: { zh: '店里一共有多少个座位？', en: 'How many seats does your restaurant have?' },
  employees: { zh: '店里（公司）现在有多少名员工？', en: 'How many people work for the business?' },
  yearsInBusiness: { zh: '这门生意您做了几年了？', en: 'How many years have you been in business?' },
  paymentCycleDays: { zh: '您的客户一般多久回款？', en: 'How long do your customers usually take to pay you?' },
};

/** The question for a fact, worded for the merchant's trade where the knowledge base has a word for it. */
function question(fact: FactName, state: CaseState, language: Language): string {
  const driver = state.industry ? industryKnowledge(state.industry).drivers.find((d) => d.fact === fact) : undefined;
  if (driver && fact !== 'seats') {
    return language === 'zh' ? `您现在有多少${driver.zh}？` : `How many ${driver.en} do you have?`;
  }
  return QUESTIONS[fact][language];
}

function factSummary(facts: MerchantFacts, language: Language): string {
  const parts: string[] = [];
  if (facts.industry)
    parts.push(language === 'zh' ? `行业：${industryEntry(facts.industry).zh}` : `industry: ${industryEntry(facts.industry).en}`);
  if (facts.monthlyRevenue !== undefined)
    parts.push(
      language === 'zh' ? `月流水约${cny(facts.monthlyRevenue, language)}` : `monthly revenue about ${cny(facts.monthlyRevenue, language)}`,
    );
  if (facts.vehicles !== undefined) parts.push(language === 'zh' ? `车辆${facts.vehicles}辆` : `${facts.vehicles} vehicles`);
  if (facts.seats !== undefined) parts.push(language === 'zh' ? `座位${facts.seats}个` : `${facts.seats} seats`);
  if (facts.employees !== undefined) parts.push(language === 'zh' ? `员工${facts.employees}人` : `${facts.employees} staff`);
  if (facts.yearsInBusiness !== undefined)
    parts.push(language === 'zh' ? `经营${facts.yearsInBusiness}年` : `${facts.yearsInBusiness} years in business`);
  if (facts.paymentCycleDays !== undefined)
    parts.push(language === 'zh' ? `回款周期约${facts.paymentCycleDays}天` : `paid in about ${facts.paymentCycleDays} days`);
  if (parts.length === 0) return '';
  return language === 'zh' ? `好的，已记下：${parts.join('，')}。` : `Thanks, noted: ${parts.join(', ')}. `;
}

function evidenceRequest(kind: EvidenceKind, state: CaseState, language: Language): string {
  const name = evidenceKindName(kind, language);
  const hint = renderHint(kind, state, language);
  if (kind.kind === 'photo') {
    return language === 'zh'
      ? `如果方便，请拍一张清晰的「${name}」照片上传。${hint}`
      : `If you can, upload a clear photo of your ${name}. ${hint}`.trim();
  }
  return language === 'zh'
    ? `建议您上传「${name}」。${hint || '经核实的材料可以支持更合适的额度（最终额度以审批结果为准）。'}`
    : `I suggest uploading your ${name}. ${hint || 'Verified documents can support a more suitable limit (the assessment decides).'}`.trim();
}

/** The text of an action, in the merchant's language. Short and friendly; never promises an outcome. */
export function renderAction(action: AssistantAction, state: CaseState, language: Language): string {
  switch (action.kind) {
    case 'greet':
      return language === 'zh'
        ? `您好！我是提额助手。您目前的额度是${cny(state.currentLimit, language)}，希望提升到${cny(state.requestedLimit, language)}。我会问几个问题，并建议您上传能证明经营实力的材料。`
        : `Hello! I'm your limit assistant. Your current limit is ${cny(state.currentLimit, language)} and you would like ${cny(state.requestedLimit, language)}. I'll ask a few questions and suggest documents that show the strength of your business.`;
    case 'ask_fact':
      return question(action.fact, state, language);
    case 'request_evidence':
      return evidenceRequest(action.evidence, state, language);
    case 'evidence_feedback':
      return '';
    case 'invite_done':
      return language === 'zh'
        ? '材料已经比较充分了。您还可以继续补充；如果准备好了，回复"好了"，确认后我就为您评估。'
        : 'You have given us a good picture. You can keep adding documents, or reply "done" and, once you confirm, I will assess your request.';
    case 'explain_decision':
      return state.decision ? renderDecision(state.decision, language) : '';
    case 'handoff_human':
      return language === 'zh'
        ? '已为您记录转人工的请求，客户经理会尽快联系您。在此期间您仍可以继续上传材料。'
        : 'I have asked for a member of our team to contact you. Meanwhile you can keep uploading documents here.';
    case 'remind':
      return language === 'zh'
        ? '您的提额申请还在进行中，补充材料后回复"好了"即可开始评估。'
        : 'Your limit request is still open: add your documents and reply "done" when you are ready for the assessment.';
    case 'review_pending':
      return language === 'zh'
        ? '您的申请正在由审核人员复核，结果出来后会第一时间通知您。'
        : 'A member of our credit team is reviewing your request; you will hear from us as soon as there is a result.';
    case 'propose':
      return renderProposal(action.proposal, language);
    case 'confirm_withdrawal':
      return language === 'zh'
        ? '已按您的要求撤回授权：您上传的材料已全部删除且无法恢复，本次提额申请已关闭，额度保持不变。如需再次申请，随时可以重新开始。'
        : 'As you asked, your consent is withdrawn: every document you uploaded has been deleted and cannot be recovered, and this request is closed with your limit unchanged. You can start a new request at any time.';
    default: {
      const unreachable: never = action;
      return String(unreachable);
    }
  }
}

/** What the merchant's turn was, when the caller has it: lets the reply acknowledge a decline or answer a question. */
export interface TurnContext {
  intent: Intent;
  text: string;
}

function opening(turn: TurnContext | undefined, language: Language): string {
  if (!turn) return '';
  const zh = language === 'zh';
  switch (turn.intent) {
    case 'decline':
      return zh ? '没关系，这项可以不提供。' : 'No problem, you can skip that. ';
    case 'ask_question':
      return `${answerQuestion(turn.text, language)}${zh ? '' : ' '}`;
    case 'off_topic':
      return zh ? '这个我可能帮不上忙，我们先把提额的事办好：' : 'I may not be able to help with that; let us keep going with your limit. ';
    case 'greeting':
      return zh ? '好的。' : 'Sure. ';
    case 'provide_info':
    case 'withdraw_consent':
    case 'ask_what_to_upload':
    case 'done':
    case 'ask_human':
      return '';
    default: {
      const unreachable: never = turn.intent;
      return String(unreachable);
    }
  }
}

/**
 * Reply to one merchant turn: an acknowledgement (when `turn` is given), what was understood, then
 * the chosen next step. Short, in the merchant's language, and never a promise.
 */
export function renderTurnReply(
  action: AssistantAction,
  state: CaseState,
  stated: MerchantFacts,
  language: Language,
  turn?: TurnContext,
): string {
  if (turn?.intent === 'withdraw_consent' && action.kind === 'handoff_human') {
    const zh = language === 'zh';
    return `${opening(turn, language)}${zh ? '工作人员会与您确认处理结果。' : 'A member of our team will confirm when it is done.'}`.trim();
  }
  return `${opening(turn, language)}${factSummary(stated, language)}${renderAction(action, state, language)}`.trim();
}

const PROBLEM_TEXT: Record<string, Record<Language, string>> = {
  BLURRY: { zh: '画面有些模糊', en: 'the picture is blurry' },
  TOO_DARK: { zh: '光线太暗', en: 'it is too dark' },
  TOO_BRIGHT: { zh: '曝光过度', en: 'it is over-exposed' },
  TOO_SMALL: { zh: '分辨率太低', en: 'the resolution is too low' },
  UNDECODABLE: { zh: '文件无法打开', en: 'the file could not be opened' },
  NO_TEXT_LAYER: { zh: 'PDF中没有可读取的文字', en: 'the PDF has no readable text' },
  ASSESSMENT_FAILED: { zh: '暂时无法处理该文件', en: 'we could not process the file just now' },
};

/** Tells the merchant what was made of an upload, and what to do if it could not be read. */
export function renderEvidenceFeedback(kind: EvidenceKind, assessment: EvidenceAssessment, language: Language): string {
  const name = evidenceKindName(kind, language);
  if (assessment.verdict === 'readable') {
    return language === 'zh'
      ? `已收到您的「${name}」，文件清晰可读，已加入评估材料。`
      : `Got your ${name}: it is clear and readable, and it is now part of your assessment.`;
  }
  const reasons = assessment.problems.map((p) => PROBLEM_TEXT[p.split(':')[0] ?? '']?.[language]).filter(Boolean);
  const why =
    reasons.length > 0 ? reasons.join(language === 'zh' ? '、' : ', ') : language === 'zh' ? '文件无法识别' : 'it could not be read';
  return language === 'zh'
    ? `「${name}」暂时无法使用（${why}），麻烦您重新拍摄或上传一份清晰的文件。`
    : `We could not use your ${name} (${why}). Could you take a new photo or upload a clearer file?`;
}

/** Explains a decision with its main reasons and a next step. */
export function renderDecision(decision: Decision, language: Language, explanation?: string): string {
  const granted = cny(decision.grantedLimit, language);
  const uplift = cny(decision.uplift, language);
  const zh = language === 'zh';
  // The policy's own explanation (reasons and a next step) replaces the generic advice when given.
  const tail = (generic: string) => (explanation ? (zh ? explanation : ` ${explanation}`) : generic);
  switch (decision.outcome) {
    case 'approved':
      return zh
        ? `评估完成：您的额度已提升至${granted}（提升${uplift}）。${tail('感谢您提供的材料！')}`
        : `Assessment complete: your limit is now ${granted} (up ${uplift}).${tail(' Thank you for your documents!')}`;
    case 'partial':
      return zh
        ? `评估完成：根据已核实的材料，您的额度提升至${granted}（提升${uplift}）。${tail('补充银行流水、发票等材料后可以再次申请更高额度。')}`
        : `Assessment complete: based on what we could verify, your limit is now ${granted} (up ${uplift}).${tail(' With more evidence such as bank statements or invoices you can apply again for more.')}`;
    case 'declined':
      return zh
        ? `评估完成：您的额度保持不变。${tail('目前的材料还不足以支持提额，补充营业执照、银行流水或发票后可以重新申请。')}`
        : `Assessment complete: your limit stays the same.${tail(' The evidence so far does not support a higher limit; you can apply again with a business licence, bank statements or invoices.')}`;
    case 'referred':
      return zh
        ? '感谢您提供的材料。您的申请需要审核人员进一步复核，通常在一个工作日内完成，结果出来后会第一时间通知您。'
        : 'Thank you for your documents. Your request needs a closer look by our credit team, usually within one working day; we will tell you the result as soon as it is ready.';
    default: {
      const unreachable: never = decision.outcome;
      return String(unreachable);
    }
  }
}
