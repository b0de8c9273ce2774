import { useEffect, useState } from 'preact/hooks';
import { ApiError, call } from './api.js';
import { html } from './html.js';
import { t } from './i18n.js';
import { ReplayVerdicts } from './replay-verdicts.js';
import { Timeline } from './timeline.js';
import type { CaseEvents } from './types.js';

interface AgreementRow {
  key: string;
  reviewed: number;
  agreed: number;
  rate: number;
}

/** Bars of reviewer/engine agreement per group. */
function AgreementBars(props: { title: string; rows: AgreementRow[] }) {
  if (props.rows.length === 0) return null;
  return html`<figure class="chart">
    <figcaption>${props.title}</figcaption>
    <svg
      viewBox=${`0 0 320 ${props.rows.length * 22}`}
      role="img"
      aria-label=${props.rows.map((r) => `${r.key}: ${Math.round(r.rate * 100)}% (${r.agreed}/${r.reviewed})`).join('; ')}
    >
      ${props.rows.map(
        (r, i) =>
          html`<g
            ><text x="0" y=${i * 22 + 14} class="chart-label">${r.key}</text>
            <rect x="130" y=${i * 22 + 3} height="14" width=${r.rate * 140} class="chart-bar" />
            <text x=${135 + r.rate * 140} y=${i * 22 + 14} class="chart-value">${Math.round(r.rate * 100)}% (${r.reviewed})</text></g
          >`,
      )}
    </svg>
  </figure>`;
}

/** Compliance: a case's audit timeline, chain verdict and audit bundle; the agreement report as charts. */
export function ComplianceView(props: { caseId: string | null }) {
  const [caseId, setCaseId] = useState(props.caseId ?? '');
  const [events, setEvents] = useState<CaseEvents | null>(null);
  const [report, setReport] = useState<{ overall: AgreementRow; byIndustry: AgreementRow[]; byVoucherType: AgreementRow[] } | null>(null);
  const [error, setError] = useState('');
  const show = async (id: string) => {
    setError('');
    setEvents(null);
    try {
      setEvents(await call<CaseEvents>('GET', `/v1/cases/${id}/events`));
    } catch (caught) {
      setError(caught instanceof ApiError ? `${caught.code}: ${caught.message}` : String(caught));
    }
  };
  useEffect(() => {
    if (props.caseId) void show(props.caseId);
    call<typeof report>('GET', '/v1/reports/review-agreement').then(setReport, () => setReport(null));
  }, [props.caseId]);
  const submit = (e: Event) => {
    e.preventDefault();
    location.hash = `#/audit/${caseId.trim()}`;
  };
  return html`<section aria-labelledby="compliance-title" id="compliance" data-state=${events || !props.caseId ? 'ready' : 'loading'}>
    <h2 id="compliance-title">${t('compliance')}</h2>
    <form class="filters" onSubmit=${submit}>
      <label for="audit-case">${t('caseId')}</label>
      <input
        id="audit-case"
        value=${caseId}
        onInput=${(e: Event) => setCaseId((e.currentTarget as HTMLInputElement).value)}
        required
        pattern="[A-Za-z0-9-]{1,64}"
      />
      <button type="submit">${t('show')}</button>
    </form>
    ${error && html`<p role="alert" class="error">${error}</p>`}
    ${
      events &&
      props.caseId &&
      html`<${Timeline} caseId=${props.caseId} events=${events} open=${true} /> <${ReplayVerdicts} caseId=${props.caseId} />`
    }
    ${
      report &&
      html`<section class="card" aria-labelledby="agreement-title">
        <h3 id="agreement-title">
          ${t('agreement')}: ${Math.round(report.overall.rate * 100)}% (${report.overall.agreed}/${report.overall.reviewed})
        </h3>
        <${AgreementBars} title=${t('industry')} rows=${report.byIndustry} />
        <${AgreementBars} title=${t('evidence')} rows=${report.byVoucherType} />
      </section>`
    }
  </section>`;
}
