/** Ruled column tables (goods lines, statements, payroll). */
import { line, strokeRect, type Ctx } from './context';
import { drawInBox, type Align, type TextStyle } from './text';

export interface Column {
  title: string;
  width: number;
  align?: Align;
}

export type Ruling = 'full' | 'horizontal' | 'header-only' | 'outer';

export interface TableOptions {
  x: number;
  y: number;
  columns: readonly Column[];
  rows: readonly (readonly string[])[];
  headerHeight: number;
  rowHeight: number;
  headerStyle: TextStyle;
  cellStyle: TextStyle;
  ruling: Ruling;
  lineColor?: string;
  lineWidth?: number;
  headerFill?: string;
  /** Rows (by index) drawn in the header style, e.g. a 合计 row. */
  emphasisedRows?: readonly number[];
  /** Printer misregistration of the cell text. */
  valueShift?: { dx: number; dy: number };
}

/** Draws the table; returns the y of its bottom edge. */
export function drawTable(ctx: Ctx, options: TableOptions): number {
  const lineColor = options.lineColor ?? '#333';
  const lineWidth = options.lineWidth ?? 1;
  const width = options.columns.reduce((sum, c) => sum + c.width, 0);
  const height = options.headerHeight + options.rows.length * options.rowHeight;
  const shift = options.valueShift ?? { dx: 0, dy: 0 };
  if (options.headerFill) {
    ctx.save();
    ctx.fillStyle = options.headerFill;
    ctx.fillRect(options.x, options.y, width, options.headerHeight);
    ctx.restore();
  }
  let x = options.x;
  for (const column of options.columns) {
    drawInBox(ctx, column.title, { x, y: options.y, width: column.width, height: options.headerHeight }, options.headerStyle, 'center', 4);
    x += column.width;
  }
  options.rows.forEach((row, rowIndex) => {
    const top = options.y + options.headerHeight + rowIndex * options.rowHeight;
    const style = options.emphasisedRows?.includes(rowIndex) ? { ...options.cellStyle, bold: true } : options.cellStyle;
    let cellX = options.x;
    options.columns.forEach((column, columnIndex) => {
      const text = row[columnIndex] ?? '';
      if (text !== '') {
        drawInBox(ctx, text, { x: cellX + shift.dx, y: top + shift.dy, width: column.width, height: options.rowHeight }, style, column.align ?? 'left', 6);
      }
      cellX += column.width;
    });
  });
  const bottom = options.y + height;
  if (options.ruling === 'full' || options.ruling === 'outer') strokeRect(ctx, { x: options.x, y: options.y, width, height }, lineWidth * 1.3, lineColor);
  if (options.ruling === 'full') {
    let columnX = options.x;
    for (const column of options.columns.slice(0, -1)) {
      columnX += column.width;
      line(ctx, columnX, options.y, columnX, bottom, lineWidth, lineColor);
    }
  }
  if (options.ruling === 'full' || options.ruling === 'horizontal') {
    for (let r = 0; r <= options.rows.length; r++) {
      const rowY = options.y + options.headerHeight + r * options.rowHeight;
      if (r === options.rows.length && options.ruling === 'full') continue;
      line(ctx, options.x, rowY, options.x + width, rowY, r === 0 ? lineWidth * 1.2 : lineWidth * 0.7, lineColor);
    }
    if (options.ruling === 'horizontal') line(ctx, options.x, options.y, options.x + width, options.y, lineWidth * 1.4, lineColor);
  }
  if (options.ruling === 'header-only' || options.ruling === 'outer') {
    line(ctx, options.x, options.y + options.headerHeight, options.x + width, options.y + options.headerHeight, lineWidth, lineColor);
    if (options.ruling === 'header-only') {
      line(ctx, options.x, options.y, options.x + width, options.y, lineWidth * 1.4, lineColor);
      line(ctx, options.x, bottom, options.x + width, bottom, lineWidth * 1.4, lineColor);
    }
  }
  return bottom;
}

/** Scales column widths so they add up to total. */
export function fitColumns(columns: readonly Column[], total: number): Column[] {
  const sum = columns.reduce((s, c) => s + c.width, 0);
  return columns.map((c) => ({ ...c, width: (c.width * total) / sum }));
}
