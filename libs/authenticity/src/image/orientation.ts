/** A box [x, y, w, h] in pixels. */
export type Box = [number, number, number, number];

/**
 * Maps a box from the stored orientation of a `width`×`height` image (what the decoder and the JPEG
 * block grid see) to the displayed orientation given by EXIF `orientation` (1..8).
 */
export function toDisplayed(box: Box, width: number, height: number, orientation: number): Box {
  const [x, y, w, h] = box;
  switch (orientation) {
    case 2:
      return [width - x - w, y, w, h];
    case 3:
      return [width - x - w, height - y - h, w, h];
    case 4:
      return [x, height - y - h, w, h];
    case 5:
      return [y, x, h, w];
    case 6:
      return [height - y - h, x, h, w];
    case 7:
      return [height - y - h, width - x - w, h, w];
    case 8:
      return [y, width - x - w, h, w];
    default:
      return [x, y, w, h];
  }
}

/** Whether two boxes overlap. */
export function overlaps(a: readonly number[], b: readonly number[]): boolean {
  const [ax, ay, aw, ah] = [a[0] ?? 0, a[1] ?? 0, a[2] ?? 0, a[3] ?? 0];
  const [bx, by, bw, bh] = [b[0] ?? 0, b[1] ?? 0, b[2] ?? 0, b[3] ?? 0];
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}
