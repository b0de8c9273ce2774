import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { understand } from '@uplift/dialogue';
import type { Intent, MerchantFacts } from '@uplift/domain';
import { caseOpenedMidJune, factsMatch } from '../support/understanding-facts';

// rules-2.9.3 (docs/adr/0018): kinds found on the eighth corpus's dev half, each with wordings written for these tests.

const state = () => caseOpenedMidJune('u12');

const facts: [string, MerchantFacts][] = [
  // One figure and its measure word, with no question on the table.
  ['五台', { vehicles: 5 }],
  ['二十来个吧', { employees: 20 }],
  ['十二万左右', { monthlyRevenue: 120_000 }],
  ['7', {}],
  // A vehicle bought or a worker hired, then the new count restated or added.
  ['6 trucks, oh and we bought another one in May, so 7', { vehicles: 7 }],
  ['货车五台，上个月又买了一台', { vehicles: 6 }],
  ['we have got 4 vans', { vehicles: 4 }],
  // Tables times people per table.
  ['十张桌子，一张坐六个人', { seats: 60 }],
  // Staff named as girls or boys the owner pays.
  ['salon, me plus 3 girls i pay', { industry: 'personal_services', employees: 3 }],
  // A corrected opening year, and a corrected span.
  ['15年开的，不对，17年', { yearsInBusiness: 9 }],
  ['一三年开的', { yearsInBusiness: 13 }],
  ['干了一二年', { yearsInBusiness: 1 }],
  ['开了6年，说错了，8年', { yearsInBusiness: 8 }],
  // Settled N days on.
  ['超市那边六十天结', { paymentCycleDays: 60 }],
  ['外贸客户一般九十天结', { paymentCycleDays: 90 }],
  // A dish by how it is cooked, an eatery by its food; haulage on a route; site trades; a pet shop.
  ['我们做水煮鱼的，一天两三千', { industry: 'catering', monthlyRevenue: 75_000 }],
  ['开了个米线店', { industry: 'catering' }],
  ['专门跑广州到长沙的货', { industry: 'logistics' }],
  ['groundworks firm, 6 lads', { industry: 'construction', employees: 6 }],
  ['small pet store near the school', { industry: 'retail' }],
  ['we be freight agent, no truck', { industry: 'logistics', vehicles: 0 }],
];

describe('facts (rules-2.9.3)', () => {
  for (const [text, want] of facts) {
    test(`"${text}" → ${JSON.stringify(want)}`, () => {
      const got = understand(text, state()).facts;
      assert.ok(factsMatch(got, want), JSON.stringify(got));
    });
  }
});

const intents: [string, Intent][] = [
  // How much limit or what it costs is a question about the request, never about documents.
  ['流水十万一个月，大概能批多少额度？', 'ask_question'],
  ['要不要收利息啊？', 'ask_question'],
  // A condition opened by 等 defers the step.
  ['等税单下来，再帮我提交', 'provide_info'],
  // Sarcasm.
  ['Oh wonderful, just delete the lot then, what a fine way to spend my Sunday', 'provide_info'],
  // A bare 提交 closing a settled reply; never after a refusal.
  ['行了，就这样吧，提交', 'done'],
  ['不，提交', 'provide_info'],
  // A reason, then "so no".
  ["The payroll is at my accountant's office, so no", 'decline'],
  // 哪样…都 is "whatever", not a question; a tag after facts asks nothing.
  ['做哪样都要本钱', 'provide_info'],
  ['We have been trading since 2015, right?', 'provide_info'],
  // Payment-app support.
  ['收款码今天扫不了', 'off_topic'],
];

describe('intents (rules-2.9.3)', () => {
  for (const [text, want] of intents) {
    test(`"${text}" → ${want}`, () => {
      assert.equal(understand(text, state()).intent, want);
    });
  }
});
