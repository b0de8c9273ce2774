/**
 * Locates the Debian CJK fonts at run time and registers them with @napi-rs/canvas.
 * TrueType/OpenType collections (.ttc) are split so the Simplified Chinese face of
 * Noto CJK is used (the canvas would otherwise only see the first, Japanese, face).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

export type FontRole = 'song' | 'hei' | 'kai';

interface FontSource {
  family: string;
  file: string;
  aptPackage: string;
  role: FontRole;
  bold: boolean;
}

const SOURCES: readonly FontSource[] = [
  { family: 'Noto Serif CJK SC', file: 'NotoSerifCJK-Regular.ttc', aptPackage: 'fonts-noto-cjk', role: 'song', bold: false },
  { family: 'Noto Serif CJK SC', file: 'NotoSerifCJK-Bold.ttc', aptPackage: 'fonts-noto-cjk', role: 'song', bold: true },
  { family: 'Noto Sans CJK SC', file: 'NotoSansCJK-Regular.ttc', aptPackage: 'fonts-noto-cjk', role: 'hei', bold: false },
  { family: 'Noto Sans CJK SC', file: 'NotoSansCJK-Bold.ttc', aptPackage: 'fonts-noto-cjk', role: 'hei', bold: true },
  { family: 'AR PL UMing CN', file: 'uming.ttc', aptPackage: 'fonts-arphic-uming', role: 'song', bold: false },
  { family: 'AR PL UKai CN', file: 'ukai.ttc', aptPackage: 'fonts-arphic-ukai', role: 'kai', bold: false },
  { family: 'WenQuanYi Zen Hei', file: 'wqy-zenhei.ttc', aptPackage: 'fonts-wqy-zenhei', role: 'hei', bold: false },
  { family: 'WenQuanYi Micro Hei', file: 'wqy-microhei.ttc', aptPackage: 'fonts-wqy-microhei', role: 'hei', bold: false },
];

const FONT_ROOTS = ['/usr/share/fonts', '/usr/local/share/fonts'];

function findFile(name: string): string | undefined {
  const stack = FONT_ROOTS.filter((root) => existsSync(root));
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (entry === name) return full;
      if (statSync(full).isDirectory()) stack.push(full);
    }
  }
  return undefined;
}

/** Family names (name id 1, Windows platform, every language) of the sfnt whose table directory starts at `offset`. */
function familiesAt(data: Buffer, offset: number): string[] {
  const names: string[] = [];
  const tableCount = data.readUInt16BE(offset + 4);
  for (let t = 0; t < tableCount; t++) {
    const record = offset + 12 + t * 16;
    if (data.toString('latin1', record, record + 4) !== 'name') continue;
    const table = data.readUInt32BE(record + 8);
    const count = data.readUInt16BE(table + 2);
    const strings = table + data.readUInt16BE(table + 4);
    for (let n = 0; n < count; n++) {
      const entry = table + 6 + n * 12;
      const platform = data.readUInt16BE(entry);
      const nameId = data.readUInt16BE(entry + 6);
      if (platform !== 3 || nameId !== 1) continue;
      const length = data.readUInt16BE(entry + 8);
      const start = strings + data.readUInt16BE(entry + 10);
      names.push(Buffer.from(data.subarray(start, start + length)).swap16().toString('utf16le'));
    }
  }
  return names;
}

/** Copies one face of a collection into a standalone sfnt buffer. */
function extractFace(data: Buffer, offset: number): Buffer {
  const tableCount = data.readUInt16BE(offset + 4);
  const headerSize = 12 + tableCount * 16;
  let size = headerSize;
  for (let t = 0; t < tableCount; t++) size += (data.readUInt32BE(offset + 12 + t * 16 + 12) + 3) & ~3;
  const out = Buffer.alloc(size);
  data.copy(out, 0, offset, offset + headerSize);
  let cursor = headerSize;
  for (let t = 0; t < tableCount; t++) {
    const record = offset + 12 + t * 16;
    const tableOffset = data.readUInt32BE(record + 8);
    const length = data.readUInt32BE(record + 12);
    data.copy(out, cursor, tableOffset, tableOffset + length);
    out.writeUInt32BE(cursor, 12 + t * 16 + 8);
    cursor += (length + 3) & ~3;
  }
  return out;
}

function registerSource(source: FontSource): void {
  const path = findFile(source.file);
  if (!path) {
    throw new Error(
      `font file ${source.file} (${source.family}) not found under ${FONT_ROOTS.join(', ')}: ` +
        `install the Debian package ${source.aptPackage} (bench/recognition/heldout/install-fonts.sh does it)`,
    );
  }
  const data = readFileSync(path);
  if (data.toString('latin1', 0, 4) !== 'ttcf') {
    GlobalFonts.register(data, source.family);
    return;
  }
  const faceCount = data.readUInt32BE(8);
  for (let face = 0; face < faceCount; face++) {
    const offset = data.readUInt32BE(12 + face * 4);
    const families = familiesAt(data, offset);
    if (families.some((family) => family === source.family || family.startsWith(`${source.family} `))) {
      GlobalFonts.register(extractFace(data, offset), source.family);
      return;
    }
  }
  throw new Error(`${path} has no face named ${source.family}; reinstall ${source.aptPackage}`);
}

let registered = false;

/** Registers every font once; throws naming the apt package of a missing one. */
export function ensureFonts(): void {
  if (registered) return;
  for (const source of SOURCES) registerSource(source);
  registered = true;
}

/** Families available per role, in the order a document picks from. */
export const FAMILIES: Readonly<Record<FontRole, readonly string[]>> = {
  song: ['Noto Serif CJK SC', 'AR PL UMing CN'],
  hei: ['Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei'],
  kai: ['AR PL UKai CN'],
};

/** The three families one document is drawn with. */
export interface FontSet {
  song: string;
  hei: string;
  kai: string;
}

/** CSS font string for the canvas. Bold only has a real face for the Noto families. */
export function fontSpec(family: string, sizePx: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${Math.max(1, Math.round(sizePx * 10) / 10)}px "${family}"`;
}
