import type { FieldSpec } from '../classify/voucher-specs';
import { ORGANISATION_NAME_FIELDS } from './organisation-name-fields';

/** Text fields whose value is a date or a month as printed (工资月份 2025年6月). */
const DATE_TEXT_FIELDS = new Set(['month']);
/** Fields that hold a natural person's name. */
const PERSON_FIELDS = new Set(['legal_representative', 'inventor']);
/** Endings of Chinese organisation names (company law forms, sole traders, branches, cooperatives). */
const ORG_SUFFIX = /(公司|厂|店|中心|合作社|商行|经营部|门市部|部|馆|所|院|集团|行|社|场|站|坊|铺|室|处)(\(.{1,12}\))?$/;
const PERSON = /^[\u4e00-\u9fa5]{2,4}$/;
/** Endings of document titles, never of a party's name. */
const DOCUMENT_TITLE_END = /(证明|证书|明细|明细表|工资表|通知单|通知书|对账单|合同|协议)$/;
const LABEL_LIKE = /^(税率|税额|金额|单价|数量|名称|地址|电话|开户行|备注|合计|类型|日期|规格型号|单位)$/;

/** How plausible a parsed value is for its field (0..1); used to choose between candidate readings. Pure. */
export function plausibility(field: FieldSpec, value: string): number {
  const v = value.replace(/\s+/g, '');
  // A document number has digits (闽交运管许可榕字255498506949号); words alone are another field's value.
  if (field.kind === 'id') return /\d/.test(v) ? 1 : 0.2;
  if (field.kind !== 'text') return 1;
  if (v.length < 2 || LABEL_LIKE.test(v)) return 0.1;
  // A run of digits or a date is never a name, a scope or an address on its own; a month field is one (2025年6月).
  if (/^[\d\s.,:：/年月日-]+$/.test(v)) return DATE_TEXT_FIELDS.has(field.name) ? 1 : 0.2;
  if (PERSON_FIELDS.has(field.name)) return ORG_SUFFIX.test(v) && v.length > 5 ? 0.4 : 1;
  if (ORGANISATION_NAME_FIELDS.has(field.name)) {
    // A document's title (参保单位缴费情况证明, 工资明细表) holds a label word but names no one.
    if (DOCUMENT_TITLE_END.test(v)) return 0.2;
    // A street number (…解放大道103号6栋908室) makes an address, not a name: its 室 is a room, not a studio.
    if (/[路街道巷弄]\d+号/.test(v)) return 0.3;
    // The seal slot of a signature block (送货单位（盖章）, 采购方（签字）) names no one.
    if (/^\(?(盖|签)/.test(v)) return 0.1;
    // Organisation and person names on these documents are Chinese; a code or a date is another cell's.
    if (!/[\u4e00-\u9fa5]{2}/.test(v)) return 0.3;
    if (ORG_SUFFIX.test(v)) return 1;
    if (PERSON.test(v)) return 0.9;
    return v.length > 30 ? 0.5 : 0.75;
  }
  return 1;
}
