import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { understand } from '@uplift/dialogue';
import type { MerchantFacts } from '@uplift/domain';
import { caseOpenedMidJune, factsMatch } from '../support/understanding-facts';

// rules-2.9.1 (docs/adr/0018): kinds the earlier rounds left open, each with wordings written for these tests.

const state = () => caseOpenedMidJune('u10');

const facts: [string, MerchantFacts][] = [
  // Hedged tens of years keep the stated tens, as "twenty-odd years" does; a lone 十几 stays 15.
  ['店开了三十几年了', { yearsInBusiness: 30 }],
  ['这门手艺做了廿几年', { yearsInBusiness: 20 }],
  ['开了十几年', { yearsInBusiness: 15 }],
  // Decades and halves in English.
  ['we have been going for a decade and a half', { yearsInBusiness: 15 }],
  ['the shop opened four decades ago', { yearsInBusiness: 40 }],
  ['been running the stall for six and a half years', { yearsInBusiness: 6 }],
  // Terms split between two kinds of customer state no single cycle.
  ['客户一半现金结，一半月结', {}],
  ['half of them pay cash, half monthly', {}],
  ['有的现结有的压两个月', {}],
  // Staff just hired, then the count restated: the restated count.
  ['工人二十个，噢不对，这礼拜新招了三个，二十三个', { employees: 23 }],
  ['we have 9 staff, sorry, just hired another two, so 11 now', { employees: 11 }],
  // Staff just hired with no count restated: they join the count.
  ['员工六个，前两天又招了一个', { employees: 7 }],
  ['刚请了两个帮厨', { employees: 2 }],
  // A bare head count restated with the owner counted in.
  ['就五个，算上我六个', { employees: 5 }],
  ['seven, eight counting me', { employees: 7 }],
  // An owner counted in another clause does not come off the staff count.
  ['师傅四个，加上我和老婆六个', { employees: 4 }],
  ['a staff strength of 22', { employees: 22 }],
];

describe('facts (rules-2.9.1)', () => {
  for (const [text, want] of facts) {
    test(`"${text}" → ${JSON.stringify(want)}`, () => {
      const got = understand(text, state()).facts;
      assert.ok(factsMatch(got, want), JSON.stringify(got));
    });
  }
});
