import type { Language, ProposalKind } from '@uplift/domain';

// The wording of irreversible steps: what the step does, that it cannot be undone, and the exact
// words (or the channel's button) that confirm it. Nothing here ever carries a step out.

const PROPOSE: Record<ProposalKind, Record<Language, string>> = {
  submit: {
    zh: '确认现在提交评估吗？提交后将按已上传的材料给出额度结果，本次申请不能再补充材料。确认请回复“确认提交”；还要补充的话，直接上传或告诉我即可。',
    en: 'Shall I submit your request for assessment now? The limit will be decided on what you have uploaded, and this request cannot take more documents afterwards. Reply "yes, submit" to confirm, or just keep uploading if you have more.',
  },
  withdraw_consent: {
    zh: '撤回授权会删除您上传的全部材料且无法恢复，本次提额申请也会关闭。确认撤回请回复“确认撤回”；如果不撤回，我们继续办理即可。',
    en: 'Withdrawing your consent deletes every document you uploaded, permanently, and closes this request. Reply "yes, withdraw" to confirm; if you would rather continue, just carry on.',
  },
};

const REMIND: Record<ProposalKind, Record<Language, string>> = {
  submit: {
    zh: '（提交评估仍待您确认：回复“确认提交”即可。）',
    en: '(Your submission still needs your confirmation: reply "yes, submit".)',
  },
  withdraw_consent: {
    zh: '（撤回授权仍待您确认：回复“确认撤回”即可；不撤回可忽略。）',
    en: '(Withdrawing consent still needs your confirmation: reply "yes, withdraw", or ignore this to continue.)',
  },
};

const DECLINED: Record<ProposalKind, Record<Language, string>> = {
  submit: { zh: '好的，先不提交，您可以继续补充材料。', en: 'Fine, nothing is submitted yet; you can keep adding documents.' },
  withdraw_consent: {
    zh: '好的，不撤回，您的材料都会保留，我们继续办理。',
    en: 'Fine, nothing is withdrawn and your documents are kept; let us continue.',
  },
};

/** Proposes an irreversible step and says how to confirm it. */
export function renderProposal(proposal: ProposalKind, language: Language): string {
  return PROPOSE[proposal][language];
}

/** A short reminder that a proposal is still waiting for the merchant's answer. */
export function renderProposalReminder(proposal: ProposalKind, language: Language): string {
  return REMIND[proposal][language];
}

/** Acknowledges that the merchant said no to a proposal. */
export function renderProposalDeclined(proposal: ProposalKind, language: Language): string {
  return DECLINED[proposal][language];
}
