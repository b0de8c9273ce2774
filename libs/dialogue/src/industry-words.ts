import type { IndustryId } from '@uplift/domain';

// Everyday words for trades that the catalogue (libs/domain) does not list: venues and dishes,
// haulage jargon, site trades. Read by industry.ts with the weight of a catalogue phrase; English
// words match whole words (also hyphenated), Chinese ones as substrings.

export const EVERYDAY_TRADE_WORDS: Readonly<Partial<Record<IndustryId, readonly string[]>>> = {
  catering: [
    'cha chaan teng',
    'brunch',
    'bistro',
    'eatery',
    'food stall',
    'satay',
    'dim sum',
    '早午餐',
    '蚵仔煎',
    '臭豆腐',
    '小吃摊',
    '烧烤摊',
    '早餐店',
    '砂锅粥',
    '粥店',
  ],
  logistics: ['城配', '搬屋', '专线', '跑运输', '拉货', 'tractor units', 'haulier', 'cross-border line', 'movers'],
  construction: ['steel structure', 'steel-structure', 'structural steel', 'erection', '钢构', '土方', '外墙保温', '幕墙'],
  agriculture: ['苞米', '玉米地', '大棚'],
};
