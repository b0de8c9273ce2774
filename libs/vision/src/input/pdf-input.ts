import type { OcrLine } from '../types';

/** Pages whose text layer is read; statements can be long, recognition needs the first pages. */
const MAX_PAGES = 5;
/** Scale of the raster of page 1 (72 dpi × 2 ≈ 144 dpi) for seal and signature checks. */
const RASTER_SCALE = 2;

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: TextItem[] }>;
  render(o: Record<string, unknown>): { promise: Promise<void> };
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
  canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(mime: string): Buffer }; context: unknown } };
}
interface PdfJs {
  getDocument(p: Record<string, unknown>): { promise: Promise<PdfDoc> };
}

// pdfjs-dist ships ES modules only; Node ≥ 20.19 can require() them synchronously.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadPdfJs = (): PdfJs => require('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs;

/** Text-layer lines of the first pages (items grouped by baseline) and a PNG raster of page 1. */
export async function readPdf(bytes: Buffer): Promise<{ lines: OcrLine[]; firstPagePng: Buffer; pages: number }> {
  const doc = await loadPdfJs().getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  }).promise;
  try {
    const lines: OcrLine[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n += 1) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: RASTER_SCALE });
      const items = (await page.getTextContent()).items.filter((i) => (i.str ?? '').trim() !== '' && i.transform);
      const rows = new Map<number, TextItem[]>();
      for (const item of items) {
        const y = Math.round((item.transform?.[5] ?? 0) / 3);
        rows.set(y, [...(rows.get(y) ?? []), item]);
      }
      for (const y of [...rows.keys()].sort((a, b) => b - a)) {
        const row = (rows.get(y) ?? []).sort((a, b) => (a.transform?.[4] ?? 0) - (b.transform?.[4] ?? 0));
        const x0 = row[0]?.transform?.[4] ?? 0;
        const top = viewport.height - (y * 3 + 10) * RASTER_SCALE;
        lines.push({
          text: row.map((i) => i.str).join(' '),
          confidence: 1,
          box: [Math.round(x0 * RASTER_SCALE), Math.round(top), Math.round(viewport.width - x0 * RASTER_SCALE), 12 * RASTER_SCALE],
        });
      }
    }
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: RASTER_SCALE });
    const { canvas, context } = doc.canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvasContext: context, viewport }).promise;
    return { lines, firstPagePng: canvas.toBuffer('image/png'), pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
