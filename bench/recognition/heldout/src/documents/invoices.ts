/** VAT special and ordinary invoices in the fully digital and the older paper layout. */
import { drawElectronicInvoice, ELECTRONIC_SIZE } from './invoice-electronic';
import { drawPaperInvoice, PAPER_SIZE } from './invoice-paper';
import { invoiceContent } from './invoice-data';
import type { BuildContext, DocumentSpec, DocumentType } from './spec';

function buildInvoice(context: BuildContext, special: boolean): DocumentSpec {
  const electronic = context.layout === 'electronic';
  const content = invoiceContent(context.rng, special, electronic);
  const size = electronic ? ELECTRONIC_SIZE : PAPER_SIZE;
  return {
    ...size,
    paper: electronic ? '#ffffff' : context.rng.pick(['#fbf8f0', '#f7f3ea', '#fdfcf7']),
    security: electronic ? 'none' : 'guilloche',
    securityColor: special ? 'rgba(150, 95, 60, 0.16)' : 'rgba(60, 110, 150, 0.16)',
    draw: (ctx) => (electronic ? drawElectronicInvoice(ctx, content, context) : drawPaperInvoice(ctx, content, context)),
    truth: content.truth.values,
    amountFields: content.truth.amountFields,
    realism: electronic ? ['supervision-seal-over-title'] : ['supervision-seal-over-title', 'invoice-seal-over-text', 'printer-misregistration'],
    card: false,
  };
}

export const VAT_SPECIAL_INVOICE: DocumentType = {
  id: 'vat_special_invoice',
  layouts: ['electronic', 'paper'],
  pdfLayout: 'electronic',
  build: (context) => buildInvoice(context, true),
};

export const VAT_ORDINARY_INVOICE: DocumentType = {
  id: 'vat_ordinary_invoice',
  layouts: ['electronic', 'paper'],
  pdfLayout: 'electronic',
  build: (context) => buildInvoice(context, false),
};
