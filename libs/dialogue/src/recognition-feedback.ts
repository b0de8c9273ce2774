import {
  evidenceKindName,
  voucherType,
  type EvidenceAuthenticity,
  type EvidenceKind,
  type EvidenceRecognition,
  type Language,
} from '@uplift/domain';

const FIELD_LABELS: Record<string, Record<Language, string>> = {
  name: { zh: '名称', en: 'name' },
  company: { zh: '企业名称', en: 'company' },
  operator_name: { zh: '经营者', en: 'operator' },
  operator: { zh: '业户名称', en: 'operator' },
  uscc: { zh: '统一社会信用代码', en: 'credit code' },
  plate: { zh: '车牌号', en: 'plate' },
  vin: { zh: '车辆识别代号', en: 'VIN' },
  invoice_no: { zh: '发票号码', en: 'invoice number' },
  total: { zh: '价税合计', en: 'total' },
  amount: { zh: '金额', en: 'amount' },
  valid_until: { zh: '有效期至', en: 'valid until' },
  licence_no: { zh: '许可证号', en: 'licence number' },
  permit_no: { zh: '许可证编号', en: 'permit number' },
  certificate_no: { zh: '证书编号', en: 'certificate number' },
  contract_no: { zh: '合同编号', en: 'contract number' },
  date: { zh: '日期', en: 'date' },
  sign_text: { zh: '招牌', en: 'sign' },
};

const OBJECT_LABELS: Record<string, string> = {
  truck: '货车',
  car: '汽车',
  bus: '客车',
  motorcycle: '摩托车',
  chair: '椅子',
  'dining table': '餐桌',
  refrigerator: '冰箱',
  oven: '烤箱',
  microwave: '微波炉',
  sink: '水槽',
  bottle: '瓶装商品',
  person: '人',
};

const label = (name: string, language: Language) => FIELD_LABELS[name]?.[language] ?? name.replace(/_/g, ' ');

function fieldsRead(recognition: EvidenceRecognition, language: Language): string {
  const shown = recognition.fields.filter((f) => f.value.trim().length > 0).slice(0, 3);
  if (shown.length === 0) return '';
  const parts = shown.map((f) => (language === 'zh' ? `${label(f.name, language)} ${f.value}` : `${label(f.name, language)} ${f.value}`));
  return language === 'zh' ? `识别到：${parts.join('，')}。` : `We read: ${parts.join(', ')}. `;
}

function objectsSeen(recognition: EvidenceRecognition, language: Language): string {
  const seen = recognition.objects.filter((o) => o.count > 0).slice(0, 3);
  if (seen.length === 0) return '';
  const parts = seen.map((o) => (language === 'zh' ? `${OBJECT_LABELS[o.label] ?? o.label} ${o.count}` : `${o.count} × ${o.label}`));
  return language === 'zh' ? `照片中识别到：${parts.join('，')}。` : `In the photo we see ${parts.join(', ')}. `;
}

/**
 * Tells the merchant what recognition read from an upload, and, without accusing anyone, what to do
 * when it does not look like what they said it is or a check did not pass.
 */
export function renderRecognitionFeedback(declared: EvidenceKind, recognition: EvidenceRecognition, language: Language): string {
  const zh = language === 'zh';
  if (declared.kind === 'photo') return objectsSeen(recognition, language) + fieldsRead(recognition, language);
  const declaredName = evidenceKindName(declared, language);
  if (recognition.documentType === 'unknown' || recognition.documentType === null) {
    return zh
      ? `暂时没能读出这份「${declaredName}」的内容，请拍摄完整、平整的原件后重新上传。`
      : `We could not read this ${declaredName} yet; a flat photo of the whole original usually works.`;
  }
  if (recognition.documentType !== declared.type) {
    const looksLike = zh ? voucherType(recognition.documentType).zh : voucherType(recognition.documentType).en;
    return zh
      ? `这份材料看起来像「${looksLike}」，而不是「${declaredName}」。如果选错了类型，请重新上传并选择正确的类型。`
      : `This looks like a ${looksLike} rather than a ${declaredName}. If the type was picked by mistake, please upload it again with the right type.`;
  }
  const failed = recognition.validations.filter((v) => !v.passed);
  const read = fieldsRead(recognition, language);
  if (failed.length === 0) return read;
  const which = [...new Set(failed.flatMap((v) => v.fields))].slice(0, 3).map((f) => label(f, language));
  return zh
    ? `${read}其中${which.join('、')}未能核对一致，请确认照片清晰完整，必要时重新上传。`
    : `${read}We could not confirm ${which.join(', ')}; please check the photo is sharp and complete, and upload it again if needed.`;
}

/** Joins reply sentences: no separator in Chinese, a space in English; empty parts are skipped. */
export function joinSentences(language: Language, parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join(language === 'zh' ? '' : ' ');
}

/**
 * What to tell the merchant when an upload could not be confirmed as an original, unaltered capture.
 * Never accusatory: it asks for a fresh photo of the original and says nothing about suspicion.
 */
export function renderAuthenticityFeedback(declared: EvidenceKind, authenticity: EvidenceAuthenticity, language: Language): string {
  if (authenticity.verdict === 'pass') return '';
  const name = evidenceKindName(declared, language);
  if (authenticity.verdict === 'fail') {
    return language === 'zh'
      ? `这份「${name}」暂时无法用于评估。请直接拍摄原件（不要翻拍屏幕，也不要使用处理过的图片）后重新上传。`
      : `We can't use this ${name} for the assessment yet. Please take a new photo of the original document itself (not of a screen, and without editing) and upload it again.`;
  }
  return language === 'zh'
    ? `「${name}」的部分细节还需要核实；如方便，请在光线充足的地方直接拍摄原件再上传一次。`
    : `Some details of your ${name} still need checking; if you can, photograph the original in good light and upload it again.`;
}
