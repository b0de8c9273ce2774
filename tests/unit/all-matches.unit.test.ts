import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { allMatches } from '@uplift/domain';

const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => ({ index: m.index, groups: [...m] }));

void describe('allMatches', () => {
  const cases: [string, RegExp][] = [
    ['月流水大概三十来万，去年二十万', /([一二三四五六七八九十]+)(来|多)?(万)/g],
    ['about 12 staff, 3 trucks and 20-30k a month', /\d+(?:-\d+)?(k)?/gi],
    ['no global flag: a1 b2 c3', /[a-z](\d)/],
    ['empty matches between letters', /(?=[aeiou])/g],
    ['emoji 😀 then 𠮷 wide', /(?:)/gu],
    ['', /x*/g],
  ];

  for (const [text, pattern] of cases) {
    void test(`finds what matchAll finds: ${pattern.source} in "${text}"`, () => {
      const expected = shape(text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
      assert.deepEqual(shape(allMatches(text, pattern)), expected);
      assert.ok(expected.length > 0 || text === '', 'the probe must match something');
    });
  }

  void test("never touches the caller's pattern, so a frozen one (as the workflow sandbox freezes exports) scans too", () => {
    const pattern = Object.freeze(/(\d+)万/g);
    assert.deepEqual(
      allMatches('20万 和 30万', pattern).map((m) => m[1]),
      ['20', '30'],
    );
    assert.equal(pattern.lastIndex, 0);
  });

  void test('a nested scan with the same pattern does not disturb the outer one', () => {
    const pattern = /\d/g;
    const outer = allMatches('1a2b3', pattern).map((m) => `${m[0]}:${allMatches('45', pattern).length}`);
    assert.deepEqual(outer, ['1:2', '2:2', '3:2']);
  });
});
