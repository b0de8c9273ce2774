// What one document renderer returns.
import type { Canvas } from '@napi-rs/canvas';

export interface Drawn {
  canvas: Canvas;
  /** Key field id -> value in the catalogue's format (ISO dates, plain decimal amounts), only fields the page prints. */
  truth: Record<string, string>;
  /** Which truth fields are amounts. */
  amounts: string[];
  /** Maximum photo tilt in degrees (small cards are held at a larger angle). */
  tilt?: number;
}
