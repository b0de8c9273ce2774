import { html } from './html.js';
import { cny, t } from './i18n.js';
import { estimates, reasonSentence } from './reasons.js';
import type { Decision } from './types.js';

/** A small bar chart of the estimators' annual-revenue figures (SVG, with a text equivalent). */
function EstimateChart(props: { decision: Decision }) {
  const bars = estimates(props.decision.reasons);
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => b.value), 1);
  return html`<figure class="chart">
    <figcaption>${t('estimators')}</figcaption>
    <svg viewBox=${`0 0 320 ${bars.length * 24}`} role="img" aria-label=${bars.map((b) => `${b.label}: ${cny(b.value)}`).join('; ')}>
      ${bars.map(
        (b, i) =>
          html`<g>
            <text x="0" y=${i * 24 + 15} class="chart-label">${b.label}</text>
            <rect
              x="110"
              y=${i * 24 + 4}
              height="14"
              width=${(b.value / max) * 150}
              class="chart-bar"
              fill-opacity=${0.4 + 0.6 * b.weight}
            />
            <text x=${115 + (b.value / max) * 150} y=${i * 24 + 15} class="chart-value">${cny(b.value)}</text>
          </g>`,
      )}
    </svg>
  </figure>`;
}

/** A decision with its reasons as sentences and the estimators' chart. */
export function DecisionPanel(props: { decision: Decision; title: string }) {
  const d = props.decision;
  return html`<section class="card decision" aria-label=${props.title}>
    <h3>
      ${props.title}: <span class=${`outcome outcome-${d.outcome}`}>${d.outcome}</span> ${cny(d.currentLimit)} → ${cny(d.grantedLimit)}
      <small>(${t('requested')} ${cny(d.requestedLimit)})</small>
    </h3>
    <ul class="reasons">
      ${d.reasons.map((r) => html`<li data-code=${r.code}>${reasonSentence(r)}</li>`)}
    </ul>
    <${EstimateChart} decision=${d} />
  </section>`;
}
