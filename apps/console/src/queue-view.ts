import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, call } from './api.js';
import { html } from './html.js';
import { ago, cny, t, when } from './i18n.js';
import type { QueueItem, QueuePage } from './types.js';

interface Filter {
  industry: string;
  reason: string;
  claim: string;
  sort: string;
}

const query = (f: Filter): string => {
  const params = new URLSearchParams({ claim: f.claim || 'any', sort: f.sort || 'due', limit: '100' });
  if (f.industry) params.set('industry', f.industry);
  if (f.reason) params.set('reason', f.reason);
  return params.toString();
};

/** The review queue: counts, filters and the referred cases, earliest deadline first. */
export function QueueView(props: { keyId: string; canClaim: boolean }) {
  const [filter, setFilter] = useState<Filter>({ industry: '', reason: '', claim: 'any', sort: 'due' });
  const [page, setPage] = useState<QueuePage | null>(null);
  const [error, setError] = useState('');
  const load = useCallback(async () => {
    try {
      setPage(await call<QueuePage>('GET', `/v1/review-queue?${query(filter)}`));
      setError('');
    } catch (caught) {
      setError(caught instanceof ApiError ? `${caught.code}: ${caught.message}` : String(caught));
    }
  }, [filter]);
  useEffect(() => void load(), [load]);
  const claim = async (item: QueueItem, take: boolean) => {
    try {
      await call(take ? 'PUT' : 'DELETE', `/v1/review-queue/${item.caseId}/claim`);
      await load();
    } catch (caught) {
      setError(caught instanceof ApiError ? `${caught.code}: ${caught.message}` : String(caught));
    }
  };
  const change = (key: keyof Filter) => (e: Event) => setFilter({ ...filter, [key]: (e.currentTarget as HTMLInputElement).value });
  if (!page) return html`<p aria-busy="true">${error || t('loading')}</p>`;
  const industries = Object.keys(page.counts.byIndustry).sort();
  return html`<section aria-labelledby="queue-title" data-state="ready" id="queue">
    <h2 id="queue-title">${t('queue')}</h2>
    <dl class="counts">
      <div>
        <dt>${t('total')}</dt>
        <dd id="count-total">${page.counts.total}</dd>
      </div>
      <div>
        <dt>${t('unclaimed')}</dt>
        <dd>${page.counts.unclaimed}</dd>
      </div>
      <div>
        <dt>${t('mine')}</dt>
        <dd>${page.counts.mine}</dd>
      </div>
      <div>
        <dt>${t('overdue')}</dt>
        <dd>${page.counts.overdue}</dd>
      </div>
      <div>
        <dt>${t('matching')}</dt>
        <dd id="count-matching">${page.counts.matching}</dd>
      </div>
    </dl>
    <form class="filters" onSubmit=${(e: Event) => e.preventDefault()}>
      <label
        >${t('industry')}
        <select id="filter-industry" value=${filter.industry} onChange=${change('industry')}>
          <option value="">${t('any')}</option>
          ${industries.map((i) => html`<option value=${i}>${i} (${page.counts.byIndustry[i]})</option>`)}
        </select></label
      >
      <label
        >${t('reason')}<input
          id="filter-reason"
          value=${filter.reason}
          onChange=${change('reason')}
          placeholder="AUTHENTICITY_CRITICAL_FINDING"
      /></label>
      <label
        >${t('claim')}
        <select id="filter-claim" value=${filter.claim} onChange=${change('claim')}>
          <option value="any">${t('any')}</option>
          <option value="unclaimed">${t('unclaimed')}</option>
          <option value="mine">${t('mine')}</option>
          <option value="others">${t('others')}</option>
        </select></label
      >
      <label
        >${t('sort')}
        <select id="filter-sort" value=${filter.sort} onChange=${change('sort')}>
          <option value="due">${t('sortDue')}</option>
          <option value="newest">${t('sortNewest')}</option>
          <option value="amount">${t('sortAmount')}</option>
        </select></label
      >
    </form>
    ${error && html`<p role="alert" class="error">${error}</p>`}
    <table class="queue">
      <caption class="sr-only">
        ${t('queue')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('case')}</th>
          <th scope="col">${t('industry')}</th>
          <th scope="col">${t('requested')}</th>
          <th scope="col">${t('provisional')}</th>
          <th scope="col">${t('triggers')}</th>
          <th scope="col">${t('age')}</th>
          <th scope="col">${t('due')}</th>
          <th scope="col">${t('claimedBy')}</th>
        </tr>
      </thead>
      <tbody>
        ${page.items.map((item) => row(item, props, claim))}
      </tbody>
    </table>
    ${page.items.length === 0 && html`<p id="queue-empty">${t('none')}</p>`}
  </section>`;
}

// The referral's triggers when the policy names them; otherwise the reasons that are not estimates or steps.
const referredFor = (item: QueueItem): string[] =>
  item.triggers.length > 0
    ? item.triggers
    : item.reasons.filter((r) => !r.startsWith('ESTIMATE_') && r !== 'NEXT_STEP' && r !== 'REFERRED_TO_REVIEWER');

function row(item: QueueItem, props: { keyId: string; canClaim: boolean }, claim: (item: QueueItem, take: boolean) => Promise<void>) {
  const mine = item.claim?.reviewerId === props.keyId;
  const holder = item.claim ? (mine ? t('you') : item.claim.reviewerId.slice(0, 8)) : '—';
  return html`<tr data-case=${item.caseId} class=${item.overdue ? 'overdue' : ''}>
    <td><a href=${`#/case/${item.caseId}`}>${item.caseId.slice(0, 8)}</a></td>
    <td>${item.industry ?? '—'}</td>
    <td>${cny(item.requestedLimit)}</td>
    <td>${cny(item.provisionalLimit)}</td>
    <td>${referredFor(item).join(', ')}${item.proposal ? html` <span class="badge">4👀</span>` : ''}</td>
    <td>${ago(item.referredAt)}</td>
    <td>${when(item.dueAt)}</td>
    <td>
      ${holder}
      ${props.canClaim && !item.claim ? html` <button type="button" onClick=${() => claim(item, true)} aria-label=${`${t('claim')} ${item.caseId}`}>${t('claim')}</button>` : ''}
      ${props.canClaim && mine ? html` <button type="button" onClick=${() => claim(item, false)} aria-label=${`${t('release')} ${item.caseId}`}>${t('release')}</button>` : ''}
    </td>
  </tr>`;
}
