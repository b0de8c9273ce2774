import type { Cell } from './cell-geometry';

const CJK_SHORT = /^[\u4e00-\u9fa5()]{1,3}$/;

/**
 * Joins the pieces of a label printed with wide letter spacing (名  称, 法 定 代 表 人), which OCR reads as
 * separate boxes, into one cell: neighbours on one row whose joined text begins a known label. Pure.
 */
export function joinSpacedLabels(cells: readonly Cell[], labels: ReadonlySet<string>): { cells: Cell[]; source: number[] } {
  const prefixes = new Set<string>();
  for (const label of labels) for (let i = 2; i <= label.length; i += 1) prefixes.add(label.slice(0, i));
  const used = new Set<number>();
  const out: Cell[] = [];
  const source: number[] = [];
  const order = cells.map((_, i) => i).sort((a, b) => (cells[a] as Cell).box[0] - (cells[b] as Cell).box[0]);
  for (const i of order) {
    if (used.has(i)) continue;
    let cell = cells[i] as Cell;
    used.add(i);
    while (CJK_SHORT.test(cell.text) || (cell.text.length <= 8 && prefixes.has(cell.text) && !labels.has(cell.text))) {
      const h = Math.max(1, cell.box[3]);
      const right = cell.box[0] + cell.box[2];
      const next = order.find((j) => {
        const c = cells[j] as Cell;
        return (
          !used.has(j) &&
          CJK_SHORT.test(c.text) &&
          c.box[0] >= right - h * 0.3 &&
          // A lone glyph's box may be shorter than its em: the wider of the pieces' glyphs sets the spacing allowed. A short
          // label justified across a wide label column (地      址 beside 企业（字号）名称) spreads further when it completes the label.
          c.box[0] - right < Math.max(h, c.box[3], c.box[2] / Math.max(1, [...c.text].length)) * (labels.has(cell.text + c.text) ? 7 : 4) &&
          Math.abs(c.box[1] + c.box[3] / 2 - (cell.box[1] + h / 2)) < h * 0.5
        );
      });
      if (next === undefined) break;
      const c = cells[next] as Cell;
      const text = prefixes.has(cell.text + c.text) ? cell.text + c.text : misreadLastPiece(cell.text, c, labels);
      if (text === null) break;
      used.add(next);
      const top = Math.min(cell.box[1], c.box[1]);
      cell = {
        text,
        box: [cell.box[0], top, c.box[0] + c.box[2] - cell.box[0], Math.max(cell.box[1] + cell.box[3], c.box[1] + c.box[3]) - top],
      };
    }
    cell = withGluedRest(cell, cells, order, used, labels);
    out.push(cell);
    source.push(i);
  }
  return { cells: out, source };
}

/** Below this OCR confidence a lone glyph is as likely another character: 称 read 东 or 你 at 0.5-0.6. */
const UNSURE_GLYPH = 0.7;

/**
 * The label that spaced pieces spell when the last piece is one glyph OCR read unsure (名 | 东 for 名  称): the pieces
 * before it and one character more make exactly one whole known label (the label vocabulary chooses the character);
 * else null. A glyph read with confidence is never replaced. Pure.
 */
function misreadLastPiece(head: string, piece: Cell, labels: ReadonlySet<string>): string | null {
  if ([...piece.text].length !== 1 || (piece.confidence ?? 1) >= UNSURE_GLYPH) return null;
  const n = [...head].length + 1;
  const fits = [...labels].filter((l) => [...l].length === n && l.startsWith(head) && !/[\d()/]/.test(l));
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/**
 * A spaced label's first piece (有效, 产) whose remaining characters OCR boxed together with the value after them
 * (期2021年8月15日至…, 品名称水泥): the piece and that box are one cell when together they begin with a known label.
 * Marks the box used. Pure apart from `used`.
 */
function withGluedRest(cell: Cell, cells: readonly Cell[], order: readonly number[], used: Set<number>, labels: ReadonlySet<string>): Cell {
  if (!CJK_SHORT.test(cell.text) || labels.has(cell.text)) return cell;
  const h = Math.max(1, cell.box[3]);
  const right = cell.box[0] + cell.box[2];
  const next = order.find((j) => {
    const c = cells[j] as Cell;
    return (
      !used.has(j) &&
      c.box[0] >= right - h &&
      c.box[0] - right < h * 4 &&
      // The value's box may stand taller than the piece's (a longer line on a tilted photo): centres within half of it.
      Math.abs(c.box[1] + c.box[3] / 2 - (cell.box[1] + h / 2)) < Math.max(h, c.box[3]) * 0.5
    );
  });
  const c = next === undefined ? undefined : cells[next];
  if (next === undefined || !c) return cell;
  const text = cell.text + c.text;
  // The joined text must continue past a whole label that the piece alone only begins.
  if (![...labels].some((l) => l.length > cell.text.length && l.startsWith(cell.text) && text.startsWith(l) && text.length > l.length))
    return cell;
  used.add(next);
  const top = Math.min(cell.box[1], c.box[1]);
  return {
    text,
    box: [cell.box[0], top, c.box[0] + c.box[2] - cell.box[0], Math.max(cell.box[1] + cell.box[3], c.box[1] + c.box[3]) - top],
  };
}
