import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Converter } from 'opencc-js';
import { canonicalText, classifyAnswer, SIMPLIFIED, TRADITIONAL, toSimplified } from '@uplift/dialogue';

// The canonical text the rules read: traditional → simplified (a table generated from opencc-js),
// regional words, typed homophones and pinyin initials rewritten, spelled and 民國 years as digits.

describe('traditional → simplified table', () => {
  test('is exactly what opencc-js 1.4.2 converts one BMP character to (t, then tw, then hk → cn), 么 kept', () => {
    const converters = (['t', 'tw', 'hk'] as const).map((from) => Converter({ from, to: 'cn' }));
    let traditional = '';
    let simplified = '';
    for (let code = 0x3400; code <= 0x9fff; code += 1) {
      const ch = String.fromCharCode(code);
      if (ch === '么') continue;
      for (const convert of converters) {
        const out = convert(ch);
        if (out !== ch && out.length === 1) {
          traditional += ch;
          simplified += out;
          break;
        }
      }
    }
    assert.equal(TRADITIONAL, traditional, 'regenerate libs/dialogue/src/traditional-chars.ts (docs/adr/0018)');
    assert.equal(SIMPLIFIED, simplified);
  });

  test('HK and Taiwan text reads as Mainland text', () => {
    assert.equal(toSimplified('資料都上傳完畢，請幫我送出審核'), '资料都上传完毕，请帮我送出审核');
    assert.equal(toSimplified('我們公司有貨車四輛'), '我们公司有货车四辆');
    assert.equal(toSimplified('什么'), '什么');
  });
});

describe('canonical text', () => {
  const cases: [string, string][] = [
    ['佢哋冇車', '他们没有车'],
    ['我哋做咗十年', '我们做了十年'],
    ['啲客都係月結嘅', '些客都是月结的'],
    ['莫得发票', '没有发票'],
    ['啥子资料', '什么资料'],
    ['阿拉一只号头做廿万', '我们一个月做二十万'],
    ['侬晓得伐', '你知道吗'],
    ['俺们整物流的', '我们做物流的'],
    ['月ls 25w', '月流水 25w'],
    ['水果pf', '水果批发'],
    ['要传啥zl', '要传什么资料'],
    ['营叶额五十万', '营业额五十万'],
    ['我门有7俩车', '我们有7辆车'],
    ['二零一九年开的', '2019年开的'],
    ['民國九十三年創立', '2004年创立'],
    ['we have 16 emplyees pls', 'we have 16 employees please'],
  ];
  for (const [text, canonical] of cases) test(`"${text}" → "${canonical}"`, () => assert.equal(canonicalText(text), canonical));

  test('a Cantonese confirmation in traditional characters is a yes', () => {
    assert.equal(classifyAnswer('係，確認撤回', 'withdraw_consent'), 'yes');
    assert.equal(classifyAnswer('唔好住，仲有嘢', 'submit'), 'no');
  });
});
