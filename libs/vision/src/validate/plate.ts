/** Province abbreviations that open a Chinese licence plate. */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const LETTER = 'A-HJ-NP-Z';
const ORDINARY = new RegExp(`^[${PLATE_PROVINCES}][${LETTER}][${LETTER}0-9]{4}[${LETTER}0-9挂学警]$`);
// New-energy plates (GB 36220-2018 style): 8 characters; small cars put D/F (and A-K variants) first
// after the authority letter, large vehicles put D/F last.
const NEW_ENERGY_SMALL = new RegExp(`^[${PLATE_PROVINCES}][${LETTER}][DFA-HJK][${LETTER}0-9][0-9]{4}$`);
const NEW_ENERGY_LARGE = new RegExp(`^[${PLATE_PROVINCES}][${LETTER}][0-9]{5}[DFA-HJK]$`);

/** Kind of a well-formed plate number, or null when it is not a valid mainland plate. */
export function plateKind(plate: string): 'ordinary' | 'new_energy' | null {
  const p = plate.replace(/[\s·•.]/g, '').toUpperCase();
  if (p.length === 8 && (NEW_ENERGY_SMALL.test(p) || NEW_ENERGY_LARGE.test(p))) return 'new_energy';
  if (p.length === 7 && ORDINARY.test(p)) return 'ordinary';
  return null;
}

/** Pattern that finds plate-like strings in free text. */
export const PLATE_IN_TEXT = new RegExp(`[${PLATE_PROVINCES}][${LETTER}][·•.\\s]?[${LETTER}0-9]{5,6}(?:挂)?`, 'u');
