import { isPhotoClassId, photoClass, type PhotoClassId } from './photo-classes';
import { isVoucherTypeId, voucherType, type VoucherTypeId } from './voucher-types';

/** What the merchant says an upload is: a voucher of some type, or a photo of some asset class. */
export type EvidenceKind = { kind: 'voucher'; type: VoucherTypeId } | { kind: 'photo'; class: PhotoClassId };

/** Parses the wire form `voucher:<type>` / `photo:<class>`; null when it names nothing in the catalogue. */
export function parseEvidenceKind(text: string): EvidenceKind | null {
  const [kind, id, ...rest] = text.split(':');
  if (rest.length > 0 || !id) return null;
  if (kind === 'voucher' && isVoucherTypeId(id)) return { kind: 'voucher', type: id };
  if (kind === 'photo' && isPhotoClassId(id)) return { kind: 'photo', class: id };
  return null;
}

/** The wire form of an evidence kind. */
export function formatEvidenceKind(kind: EvidenceKind): string {
  return kind.kind === 'voucher' ? `voucher:${kind.type}` : `photo:${kind.class}`;
}

/** Human name of an evidence kind in the merchant's language. */
export function evidenceKindName(kind: EvidenceKind, language: 'zh' | 'en'): string {
  const entry = kind.kind === 'voucher' ? voucherType(kind.type) : photoClass(kind.class);
  return language === 'zh' ? entry.zh : entry.en;
}
