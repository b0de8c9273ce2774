/** Longest text the rules look at; longer messages are cut (the domain caps messages at 2,000). */
const MAX_CHARS = 4_000;

/** C0/C1 control characters (except tab and newline), zero-width and bidirectional marks. */
function isInvisible(code: number): boolean {
  return (
    (code <= 0x1f && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    code === 0xfeff
  );
}

/** Normalises a message: full-width to half-width (NFKC), control characters and lone surrogates to spaces. */
export function normaliseText(text: string): string {
  const cut = String(text).slice(0, MAX_CHARS);
  let normalised: string;
  try {
    normalised = cut.normalize('NFKC');
  } catch {
    normalised = cut;
  }
  let visible = '';
  for (const ch of normalised) visible += ch.length === 1 && isInvisible(ch.charCodeAt(0)) ? ' ' : ch;
  return visible.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ');
}
