import type { AuthenticityFinding } from '@uplift/domain';
import type { IndependentProfile } from './behaviours';
import type { Built } from './proof';
import { authenticity, finding } from './recognition-shapes';
import type { Draw } from './rng';

// What the authenticity checks say about a file: forgeries they catch (a critical finding fails an upload,
// a warning makes it suspect), forgeries they miss, and the cross-document check's name mismatches.

function forgeryFindings(d: Draw): AuthenticityFinding[] {
  const pool: AuthenticityFinding[] = [
    finding('double_compression', 'critical', 0.88, 'the amount region was saved twice at different JPEG qualities'),
    finding('copy_move', 'critical', 0.81, 'digits of the amount repeat a block copied from elsewhere on the page'),
    finding('field_anomaly', 'warning', 0.64, 'the figures use another font and baseline than the rest of the row'),
    finding('metadata', 'warning', 0.55, 'the file was written by an image editor after it was exported'),
    finding('reuse_document_number', 'critical', 0.95, 'the same document number was submitted in another case'),
  ];
  const first = d.pick(pool);
  const second = d.chance(0.35) ? d.pick(pool.filter((f) => f !== first)) : null;
  return second ? [first, second] : [first];
}

/** Sets the authenticity of a file's uploads as the checks would have left it. */
export function applyFindings(d: Draw, profile: IndependentProfile, file: Built[]): void {
  for (const b of file) {
    const image = b.item.mediaType !== 'application/pdf';
    if (b.proof.forged && profile === 'forged_detected') {
      b.item.authenticity = authenticity(d, forgeryFindings(d), image);
    } else if (b.proof.forged && d.chance(0.3)) {
      // A miss still leaves a trace below the warning threshold.
      b.item.authenticity = authenticity(
        d,
        [finding('double_compression', 'info', 0.22, 'weak double-compression trace, within normal re-saving')],
        image,
      );
    } else if (!b.proof.ownedByMerchant || b.proof.foreignLicence) {
      // The consistency check catches most, not all, documents in another name.
      if (d.chance(0.6)) {
        b.item.authenticity = authenticity(
          d,
          [finding('inconsistent', 'warning', 0.7, 'the name printed differs from the business licence of the case', [b.item.evidenceId])],
          image,
        );
      }
    }
  }
}
