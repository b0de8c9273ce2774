import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, call, type Session } from './api.js';
import { ProposalPanel, DecideForm } from './decide-form.js';
import { DecisionPanel } from './decision-panel.js';
import { EvidenceView } from './evidence-view.js';
import { html } from './html.js';
import { cny, t, when } from './i18n.js';
import { Timeline } from './timeline.js';
import type { CaseEvents, CaseRecord, Finding } from './types.js';

interface Proposal {
  proposedBy: string;
  outcome: string;
  grantedLimit: number;
  reasonCode: string;
  note: string | null;
}

interface Loaded {
  record: CaseRecord;
  events: CaseEvents;
  proposal: Proposal | null;
}

async function load(caseId: string, role: Session['role']): Promise<Loaded> {
  const [record, events, proposal] = await Promise.all([
    call<CaseRecord>('GET', `/v1/cases/${caseId}`),
    call<CaseEvents>('GET', `/v1/cases/${caseId}/events`),
    // 409 when no override waits: nothing to show.
    role === 'reviewer' ? call<Proposal>('GET', `/v1/review-queue/${caseId}/proposal`).catch(() => null) : Promise.resolve(null),
  ]);
  return { record, events, proposal };
}

/** The conversation as a chat transcript, from the case's events. */
function Transcript(props: { events: CaseEvents }) {
  const lines = props.events.events.filter((e) => e.event.type === 'MerchantMessageReceived' || e.event.type === 'AssistantReplied');
  if (lines.length === 0) return null;
  return html`<section class="card transcript" aria-labelledby="transcript-title">
    <h3 id="transcript-title">${t('conversation')}</h3>
    <ol class="chat">
      ${lines.map((e) => {
        const merchant = e.event.type === 'MerchantMessageReceived';
        return html`<li class=${merchant ? 'from-merchant' : 'from-assistant'}>
          <span class="who">${merchant ? t('merchant') : t('assistant')} · ${when(e.event.occurredAt)}</span>
          <p>${e.erased ? t('erased') : typeof e.event.data['text'] === 'string' ? e.event.data['text'] : ''}</p>
        </li>`;
      })}
    </ol>
  </section>`;
}

/** Findings across documents (the consistency check). */
function Consistency(props: { events: CaseEvents }) {
  const findings = props.events.events
    .filter((e) => e.event.type === 'ConsistencyChecked')
    .flatMap((e) => (e.event.data['findings'] as Finding[] | undefined) ?? []);
  if (findings.length === 0) return null;
  return html`<section class="card" aria-labelledby="consistency-title">
    <h3 id="consistency-title">${t('consistency')}</h3>
    <ul class="findings">
      ${findings.map((f) => html`<li class=${`severity-${f.severity}`}><strong>${f.check}</strong>: ${f.detail}</li>`)}
    </ul>
  </section>`;
}

/** One case: figures, transcript, uploads with overlays, the decision, and (for reviewers) the decision form. */
export function CaseView(props: { caseId: string; session: Session }) {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(() => {
    load(props.caseId, props.session.role).then(setData, (caught: unknown) =>
      setError(caught instanceof ApiError ? `${caught.code}: ${caught.message}` : String(caught)),
    );
  }, [props.caseId, props.session.role]);
  useEffect(reload, [reload]);
  if (!data) return html`<p aria-busy=${!error} role=${error ? 'alert' : undefined}>${error || t('loading')}</p>`;
  const { record, events, proposal } = data;
  const { session } = props;
  const review = record.state.review;
  const canDecide = session.role === 'reviewer' && record.status === 'in_review' && review;
  return html`<section aria-labelledby="case-title" data-state="ready" id="case-view">
    <p><a href="#/queue">← ${t('back')}</a></p>
    <h2 id="case-title">${t('case')} <code>${record.caseId}</code> <span class="status">${record.status}</span></h2>
    <dl class="counts">
      <div>
        <dt>${t('industry')}</dt>
        <dd>${record.industry ?? '—'}</dd>
      </div>
      <div>
        <dt>${t('current')}</dt>
        <dd>${cny(record.currentLimit)}</dd>
      </div>
      <div>
        <dt>${t('requested')}</dt>
        <dd>${cny(record.requestedLimit)}</dd>
      </div>
      ${
        review &&
        html`<div>
          <dt>${t('provisional')}</dt>
          <dd>${cny(review.engineDecision.grantedLimit)}</dd>
        </div>`
      }
    </dl>
    ${record.erasedAt && html`<p class="erased" role="note">${t('erased')} (${when(record.erasedAt)})</p>`}
    <div class="columns">
      <div>
        <h3>${t('evidence')}</h3>
        ${record.state.evidenceOrder.map((id) => {
          const item = record.state.evidence[id];
          return item ? html`<${EvidenceView} key=${id} caseId=${record.caseId} item=${item} erased=${record.erasedAt !== null} />` : null;
        })}
        <${Consistency} events=${events} />
      </div>
      <div>
        ${review && html`<${DecisionPanel} decision=${review.engineDecision} title=${t('provisional')} />`}
        ${record.state.decision && record.status === 'decided' && html`<${DecisionPanel} decision=${record.state.decision} title=${t('decision')} />`}
        ${review?.decidedAt && html`<p role="status" id="review-agreement" class=${review.agreesWithEngine ? 'ok' : 'error'}>${review.agreesWithEngine ? t('agrees') : t('disagrees')}</p>`}
        ${proposal && canDecide && html`<${ProposalPanel} caseId=${record.caseId} proposal=${proposal} keyId=${props.session.keyId} onDone=${reload} />`}
        ${canDecide && html`<${DecideForm} caseId=${record.caseId} engine=${review.engineDecision} reasonCodes=${session.reviewerReasonCodes} fourEyesAbove=${session.fourEyesAbove} keyId=${props.session.keyId} onDone=${reload} />`}
        <${Transcript} events=${events} />
      </div>
    </div>
    <${Timeline} caseId=${record.caseId} events=${events} />
  </section>`;
}
