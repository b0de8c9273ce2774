import { parseChineseNumeral } from './chinese-numbers';
import { parseEnglishNumberWord } from './english-numbers';
import type { FoundNumber } from './numbers';

// Takings per occasion times occasions per period: "一场四五千，一个礼拜三场", "a market day brings 2k, we do
// 4 markets a week", "每趟八百，一个月跑二十趟". The figure is per session, show, trip or market; the message
// says how many of the same occasion a week or a month brings. Without that count the figure says nothing
// of the month, and revenue.ts reads it as it always did.

// rules-2.9.0: 集 (a market day, 逢一四七赶集), with or without 个.
const ZH_CLASSIFIER = '(场|次|趟|回|车|集)';
const EN_OCCASION = '(sessions?|shows?|markets?|market days?|trips?|runs?|gigs?|events?|fairs?|nights?)';
const ZH_NUMBER = '([\\d]+|[一二两三四五六七八九十几]+)';
const EN_NUMBER = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';

/** "一场四五千", "每趟八百": the occasion's classifier just before the figure. */
const ZH_PER_BEFORE = new RegExp(`(?:一|每)个?${ZH_CLASSIFIER}[^，,。；;\\d一二两三四五六七八九十]{0,4}$`);
/** "2k a session", "per show about 5,000": the occasion next to the figure. */
const EN_PER_BEFORE = new RegExp(`\\b(?:a|per|each|every|one) ${EN_OCCASION}\\b[^.,;\\d]{0,16}$`, 'i');
const EN_PER_AFTER = new RegExp(`^[^.,;\\d]{0,10}\\b(?:a|per|each|every) ${EN_OCCASION}\\b`, 'i');

const monthsOf = (period: string) => (/月|month/i.test(period) ? 1 : 52 / 12);
const countOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : (parseChineseNumeral(word) ?? parseEnglishNumberWord(word) ?? 0));

/** Occasions a month the message states for the occasion the figure is priced at, or undefined. */
export function occasionsPerMonth(text: string, n: FoundNumber): number | undefined {
  const before = text.slice(Math.max(0, n.index - 24), n.index);
  const zh = ZH_PER_BEFORE.exec(before);
  if (zh?.[1]) {
    const cls = zh[1];
    const re = new RegExp(
      `(?:一个?|每个?)(礼拜|星期|周|月)[^，,。；;\\d]{0,4}?${ZH_NUMBER}个?${cls}|${ZH_NUMBER}个?${cls}[^，,。；;]{0,2}(?:一个?|每个?)(礼拜|星期|周|月)`,
    );
    const m = re.exec(text);
    if (!m) return undefined;
    const count = countOf(m[2] ?? m[3] ?? '');
    return count > 0 ? count * monthsOf(m[1] ?? m[4] ?? '') : undefined;
  }
  const after = text.slice(n.end, n.end + 28);
  if (!EN_PER_BEFORE.test(before) && !EN_PER_AFTER.test(after)) return undefined;
  const m = new RegExp(`\\b${EN_NUMBER} (?:${EN_OCCASION}|times) (?:a|per|each|every) (week|month)\\b`, 'i').exec(text);
  if (!m) return undefined;
  const count = countOf((m[1] ?? '').toLowerCase());
  return count > 0 ? count * monthsOf(m[3] ?? '') : undefined;
}

// Units sold times the price of one: "一天卖两百碗，一碗十五块", "一个月走五六个柜，一个柜十来万". The figure is the
// price of one unit (一碗, 每盘, 一个柜); the message also says how many units a day, week or month.
const UNIT = '(碗|盘|份|杯|串|笼|锅|桌|单|柜|车|箱|件|套|台)';
const PRICE_BEFORE = new RegExp(`(?:一|每)(?:个)?${UNIT}[^，,。；;\\d一二两三四五六七八九十]{0,4}$`);
const PERIOD_OF_COUNT: readonly [RegExp, number][] = [
  [/(一天|每天|天天|日均|一日|每日)/, 30],
  [/(一个?(礼拜|星期|周)|每个?(礼拜|星期|周))/, 52 / 12],
  [/(一个?月|每个?月|月均)/, 1],
  [/(一年|每年|全年)/, 1 / 12],
];

/** Monthly takings from units a period times the figure as the price of one, or undefined. */
export function unitsTimesPrice(text: string, numbers: readonly FoundNumber[], n: FoundNumber): number | undefined {
  const unit = PRICE_BEFORE.exec(text.slice(Math.max(0, n.index - 12), n.index))?.[1];
  if (!unit) return undefined;
  for (const c of numbers) {
    if (c === n || c.scaled || !new RegExp(`^\\s*(多|来|几)?\\s*(个)?${unit}`).test(text.slice(c.end, c.end + 4))) continue;
    // The period is said in the count's own clause: 一天卖两百碗.
    const clause =
      text
        .slice(Math.max(0, c.index - 12), c.index)
        .split(/[，,。；;]/)
        .pop() ?? '';
    const per = PERIOD_OF_COUNT.find(([re]) => re.test(clause));
    if (per) return c.value * n.value * per[1];
  }
  return undefined;
}
