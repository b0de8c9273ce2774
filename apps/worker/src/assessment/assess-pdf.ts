import { ApplicationFailure } from '@temporalio/common';
import { ErrorCode, type EvidenceAssessment } from '@uplift/domain';

/** Version of the PDF checks; recorded with every assessment. */
export const PDF_ASSESSMENT_VERSION = 'pdf-text-layer-1';

/** Pages read at most: statements can be long, the checks here need only enough text. */
const MAX_PAGES = 50;

interface PdfTextItem {
  str?: string;
}
interface PdfJs {
  getDocument(params: Record<string, unknown>): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: PdfTextItem[] }> }>;
      destroy(): Promise<void>;
    }>;
  };
}

// pdfjs-dist ships ES modules only; Node ≥ 20.19 can require() them synchronously.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadPdfJs = (): PdfJs => require('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs;

/** Opens a PDF offline, counts pages and the characters of its text layer (electronic invoices have one). */
export async function assessPdf(bytes: Buffer, heartbeat: (pages: number) => void): Promise<EvidenceAssessment> {
  const pdfjs = loadPdfJs();
  let pages: number;
  let textCharacters = 0;
  try {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
    try {
      pages = doc.numPages;
      for (let n = 1; n <= Math.min(pages, MAX_PAGES); n += 1) {
        const content = await (await doc.getPage(n)).getTextContent();
        for (const item of content.items) textCharacters += (item.str ?? '').trim().length;
        heartbeat(n);
      }
    } finally {
      await doc.destroy();
    }
  } catch (error) {
    throw ApplicationFailure.create({
      type: ErrorCode.UndecodableFile,
      message: `the PDF could not be opened: ${(error as Error).message}`,
      nonRetryable: true,
    });
  }
  const problems = textCharacters === 0 ? ['NO_TEXT_LAYER'] : [];
  return {
    verdict: problems.length === 0 ? 'readable' : 'unreadable',
    problems,
    format: 'pdf',
    width: null,
    height: null,
    pages,
    sharpness: null,
    brightness: null,
    textCharacters,
    methodVersion: PDF_ASSESSMENT_VERSION,
  };
}
