import { SPECIFIC_DOC_EN, SPECIFIC_DOC_ZH } from './cues-requests';

// Questions about the form a document takes: which of two to send, or whether a format will do.
// Canonical text (simplified, lower case); read by intents.ts for `ask_what_to_upload`.

const FORMAT_ZH = '(纸质|电子版|电子的|原件|复印件|扫描件|截图|照片|导出|打印)';
const FORMAT_EN = '(whole|full|entire|just|only|original|copy|copies|scan|scanned|photo|pdf|printout|screenshot|page|pages|digital|paper)';

/** A choice between two documents or two forms of one: 要传行驶证还是运输证, "the whole lease or just the signature page". */
export const DOCUMENT_CHOICE = new RegExp(
  [
    `(${SPECIFIC_DOC_ZH}|${FORMAT_ZH})[^，,。？?]{0,12}还是[^，,。？?]{0,12}(${SPECIFIC_DOC_ZH}|${FORMAT_ZH})`,
    `\\b(send|upload|give|provide|use|attach|submit|photograph|photo|snap|scan|take (a )?(photo|picture|pic)s? of)\\b[^?.!]{0,40}\\b(${SPECIFIC_DOC_EN}|${FORMAT_EN})\\b[^?.!]{0,30}\\bor\\b`,
    // The document after the "or": "should I photograph the van or just the licence?"
    `\\b(send|upload|give|provide|use|attach|submit|photograph|photo|snap|scan)\\b[^?.!]{0,40}\\bor\\b[^?.!]{0,12}\\b(${SPECIFIC_DOC_EN}|${FORMAT_EN})\\b`,
  ].join('|'),
  'i',
);

/** A document in a stated format, in a message that asks whether it will do: 营业执照我先传电子版…行不行. */
export const DOCUMENT_FORMAT = new RegExp(
  `${SPECIFIC_DOC_ZH}[^。？?]{0,10}${FORMAT_ZH}|${FORMAT_ZH}[^。？?]{0,6}${SPECIFIC_DOC_ZH}|\\b(customs declarations?|declarations?|${SPECIFIC_DOC_EN})\\b[^?.!]{0,20}\\b(be )?(any|of) (use|good|help)\\b`,
  'i',
);
