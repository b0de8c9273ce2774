/** A connected component of a binary mask: bounding box and pixel count. */
export interface Component {
  left: number;
  top: number;
  right: number;
  bottom: number;
  pixels: number;
}

/** 8-connected components of `mask` (1 = on), found with an explicit stack (no recursion). Pure. */
export function connectedComponents(mask: Uint8Array, width: number, height: number, minPixels: number): Component[] {
  const seen = new Uint8Array(mask.length);
  const out: Component[] = [];
  const stack: number[] = [];
  for (let start = 0; start < mask.length; start += 1) {
    if (!mask[start] || seen[start]) continue;
    const c: Component = { left: width, top: height, right: 0, bottom: 0, pixels: 0 };
    stack.push(start);
    seen[start] = 1;
    while (stack.length > 0) {
      const p = stack.pop() ?? 0;
      const x = p % width;
      const y = (p - x) / width;
      c.pixels += 1;
      if (x < c.left) c.left = x;
      if (x > c.right) c.right = x;
      if (y < c.top) c.top = y;
      if (y > c.bottom) c.bottom = y;
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const q = ny * width + nx;
          if (mask[q] && !seen[q]) {
            seen[q] = 1;
            stack.push(q);
          }
        }
      }
    }
    if (c.pixels >= minPixels) out.push(c);
  }
  return out;
}

/** Dilates a mask by `r` pixels with a square element (joins the broken strokes of a printed seal). Pure. */
export function dilate(mask: Uint8Array, width: number, height: number, r: number): Uint8Array {
  const rows = new Uint8Array(mask.length);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (!mask[y * width + x]) continue;
      for (let dx = -r; dx <= r; dx += 1) {
        const nx = x + dx;
        if (nx >= 0 && nx < width) rows[y * width + nx] = 1;
      }
    }
  }
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (!rows[y * width + x]) continue;
      for (let dy = -r; dy <= r; dy += 1) {
        const ny = y + dy;
        if (ny >= 0 && ny < height) out[ny * width + x] = 1;
      }
    }
  }
  return out;
}
