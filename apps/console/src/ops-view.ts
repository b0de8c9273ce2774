import { useEffect, useState } from 'preact/hooks';
import { ApiError, call } from './api.js';
import { html } from './html.js';
import { t, when } from './i18n.js';

interface Stuck {
  caseId: string;
  problem: string;
  since: string;
  checkedAt: string;
  detail: { attempts: number; lastFailure: string; activityType?: string; workflowId: string };
}

/** Operators: the stuck cases with their last failure and a link to each workflow in the Temporal Web UI. */
export function OpsView(props: { temporalUi: string | null }) {
  const [items, setItems] = useState<Stuck[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    call<{ items: Stuck[] }>('GET', '/v1/operations/stuck').then(
      (page) => setItems(page.items),
      (caught: unknown) => setError(caught instanceof ApiError ? `${caught.code}: ${caught.message}` : String(caught)),
    );
  }, []);
  return html`<section aria-labelledby="ops-title" id="operations" data-state=${items ? 'ready' : 'loading'}>
    <h2 id="ops-title">${t('stuck')}</h2>
    ${error && html`<p role="alert" class="error">${error}</p>`} ${items && items.length === 0 && html`<p>${t('none')}</p>`}
    ${
      items &&
      items.length > 0 &&
      html`<table>
        <thead>
          <tr>
            <th scope="col">${t('case')}</th>
            <th scope="col">${t('problem')}</th>
            <th scope="col">${t('since')}</th>
            <th scope="col">${t('lastFailure')}</th>
            <th scope="col">Temporal</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (s) =>
              html`<tr>
                <td><code>${s.caseId}</code></td>
                <td>${s.problem} (${s.detail.attempts})${s.detail.activityType ? ` · ${s.detail.activityType}` : ''}</td>
                <td>${when(s.since)}</td>
                <td class="failure">${s.detail.lastFailure}</td>
                <td>
                  ${props.temporalUi ? html`<a href=${`${props.temporalUi}/workflows/${encodeURIComponent(s.detail.workflowId)}`} target="_blank" rel="noopener">${t('temporalUi')}</a>` : s.detail.workflowId}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`
    }
  </section>`;
}
