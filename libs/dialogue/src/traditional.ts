import { SIMPLIFIED, TRADITIONAL } from './traditional-chars';

// Traditional → simplified, one character at a time, from a table generated from opencc-js
// (traditional-chars.ts). A Map built once per process; a message converts in microseconds.

let table: Map<string, string> | undefined;

function conversions(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (let i = 0; i < TRADITIONAL.length; i += 1) table.set(TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i));
  }
  return table;
}

/**
 * Characters Cantonese writes with a traditional form that the table would turn into something else:
 * 係 is the verb "to be" (是) except in 關係/聯係, and 嗰 ("that") has no BMP simplified form.
 */
function cantoneseBeforeConversion(text: string): string {
  return text
    .replace(/(?<![關关聯联])係/g, '是')
    .replace(/嗰/g, '那')
    .replace(/喎/g, '哦');
}

/** Converts Hong Kong / Taiwan traditional characters to Mainland simplified ones. Pure. */
export function toSimplified(text: string): string {
  const map = conversions();
  let out = '';
  for (const ch of cantoneseBeforeConversion(text)) out += map.get(ch) ?? ch;
  return out;
}
