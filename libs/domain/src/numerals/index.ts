export { parseChineseNumeral, CHINESE_NUMERAL_CHARS, type NumeralReading } from './chinese-numerals';
export { parseCapitalAmountFen, formatCapitalAmount } from './capital-amounts';
