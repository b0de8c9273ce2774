import { html } from './html.js';
import { t, when } from './i18n.js';
import type { CaseEvents } from './types.js';

/** The audit bundle (JSON by default, HTML with ?format=html), from the compliance endpoint. */
export const auditBundleUrl = (caseId: string, format?: 'html'): string => `/v1/cases/${caseId}/audit${format ? `?format=${format}` : ''}`;

/** The case's events, oldest first, with the hash-chain verdict and the audit bundle's downloads. */
export function Timeline(props: { caseId: string; events: CaseEvents; open?: boolean }) {
  const { chain, events } = props.events;
  return html`<section class="card timeline" aria-labelledby="timeline-title" id="timeline">
    <h3 id="timeline-title">${t('events')}</h3>
    <p id="chain-status" class=${chain.ok ? 'ok' : 'error'} role="status">
      ${chain.ok ? t('chainOk') : t('chainBad')} (${chain.checked}${chain.brokenAtSeq !== null ? `, #${chain.brokenAtSeq}` : ''})
    </p>
    <p class="downloads">
      <a id="audit-download" href=${auditBundleUrl(props.caseId)} download=${`audit-${props.caseId}.json`}>${t('download')}</a>
      · <a href=${auditBundleUrl(props.caseId, 'html')} target="_blank" rel="noopener">${t('downloadHtml')}</a>
    </p>
    <details open=${props.open ?? false}>
      <summary>${events.length} ${t('events')}</summary>
      <ol class="events">
        ${events.map(
          (e) =>
            html`<li data-type=${e.event.type}>
              <span class="seq">#${e.seq}</span> <strong>${e.event.type}</strong>
              <time datetime=${e.recordedAt}>${when(e.recordedAt)}</time> ${e.erased ? html` <em>${t('erased')}</em>` : ''}
              <code class="hash" title=${e.hash}>${e.hash.slice(0, 12)}</code>
            </li>`,
        )}
      </ol>
    </details>
  </section>`;
}
