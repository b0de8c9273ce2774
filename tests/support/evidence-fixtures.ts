import sharp from 'sharp';

/** Renders a document-like photo: paper with printed lines of text and a red seal, as a phone would see it. */
export async function documentPhoto(options: { title?: string; seed?: number; width?: number; height?: number } = {}): Promise<Buffer> {
  const width = options.width ?? 1200;
  const height = options.height ?? 850;
  const seed = options.seed ?? 1;
  const lines = Array.from({ length: 14 }, (_, i) => {
    const y = 150 + i * 45;
    const text = `No.${(seed * 7919 + i * 104729) % 100000} 统一社会信用代码 91350100M000100Y43 amount ${(seed + i) * 1234}.00`;
    return `<text x="80" y="${y}" font-family="sans-serif" font-size="26" fill="#1a1a1a">${text}</text>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#f4f1ea"/>
    <text x="${width / 2 - 150}" y="90" font-family="sans-serif" font-size="48" fill="#000">${options.title ?? '营业执照 Business Licence'}</text>
    ${lines}
    <circle cx="${width - 220}" cy="${height - 200}" r="110" stroke="#d00" stroke-width="10" fill="none"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

/** A photo too dark to read. */
export async function darkPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1000, height: 700, channels: 3, background: { r: 8, g: 8, b: 10 } } })
    .jpeg()
    .toBuffer();
}

/** Bytes that start like a JPEG but do not decode. */
export function corruptJpeg(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('this is not really an image'.repeat(20))]);
}

/** A minimal valid one-page PDF with a text layer (as electronic invoices have). */
export function textPdf(text: string): Buffer {
  const content = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
