import { useState } from 'preact/hooks';
import { ApiError, call } from './api.js';
import { html } from './html.js';
import { cny, t } from './i18n.js';
import type { Decision } from './types.js';

interface Outcome {
  status: 'decided' | 'proposed';
  result: { agreesWithEngine: boolean; decision: Decision } | null;
  proposal: { proposedBy: string; outcome: string; grantedLimit: number; reasonCode: string } | null;
}

/** The reviewer's decision: outcome, limit, reason code and note; large overrides go to a second reviewer. */
export function DecideForm(props: {
  caseId: string;
  engine: Decision;
  reasonCodes: string[];
  fourEyesAbove: number;
  keyId: string;
  onDone: () => void;
}) {
  const { engine } = props;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState('');
  const act = async (method: string, path: string, body?: unknown) => {
    setError('');
    try {
      const answer = await call<Outcome | null>(method, path, body);
      setOutcome(answer);
      props.onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? `${caught.code}: ${caught.message}` : String(caught));
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const text = (name: string): string => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    void act('POST', `/v1/review-queue/${props.caseId}/decision`, {
      outcome: text('outcome'),
      grantedLimit: Number(text('grantedLimit')),
      reasonCode: text('reasonCode'),
      note: text('note'),
    });
  };
  return html`<section class="card decide" aria-labelledby="decide-title">
    <h3 id="decide-title">${t('decide')}</h3>
    <p class="hint">${t('fourEyes')}${cny(props.fourEyesAbove)}</p>
    <form onSubmit=${submit} id="decide-form">
      <fieldset>
        <legend>${t('outcome')}</legend>
        ${(['approved', 'partial', 'declined'] as const).map((o) => html`<label><input type="radio" name="outcome" value=${o} required checked=${o === 'partial'} /> ${t(o)}</label>`)}
      </fieldset>
      <label for="granted-limit">${t('grantedLimit')}</label>
      <input id="granted-limit" name="grantedLimit" type="number" min="0" step="1000" required value=${engine.grantedLimit} />
      <label for="reason-code">${t('reason')}</label>
      <select id="reason-code" name="reasonCode" required>
        ${props.reasonCodes.map((c) => html`<option value=${c}>${c}</option>`)}
      </select>
      <label for="note">${t('note')}</label>
      <textarea id="note" name="note" rows="3" maxlength="1500" required></textarea>
      <button type="submit">${t('submit')}</button>
    </form>
    ${error && html`<p role="alert" class="error" id="decide-error">${error}</p>`}
    ${
      outcome?.status === 'proposed' &&
      html`<div role="status" id="decide-proposed">
        <p>${t('proposed')}</p>
        ${outcome.proposal && outcome.proposal.proposedBy !== props.keyId && html`<button type="button" onClick=${() => act('POST', `/v1/review-queue/${props.caseId}/proposal/confirm`)}>${t('confirm')}</button>`}
      </div>`
    }
    ${
      outcome?.status === 'decided' &&
      outcome.result &&
      html`<p role="status" id="decide-result">
        ${t('decided')}: ${outcome.result.decision.outcome} ${cny(outcome.result.decision.grantedLimit)} —
        ${outcome.result.agreesWithEngine ? t('agrees') : t('disagrees')}
      </p>`
    }
  </section>`;
}

/** A waiting override another reviewer proposed: confirm it (four eyes) or reject it. */
export function ProposalPanel(props: {
  caseId: string;
  proposal: { proposedBy: string; outcome: string; grantedLimit: number; reasonCode: string; note: string | null };
  keyId: string;
  onDone: () => void;
}) {
  const [error, setError] = useState('');
  const act = async (method: string, path: string) => {
    try {
      await call(method, path);
      props.onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? `${caught.code}: ${caught.message}` : String(caught));
    }
  };
  const p = props.proposal;
  const own = p.proposedBy === props.keyId;
  return html`<section class="card proposal" aria-labelledby="proposal-title">
    <h3 id="proposal-title">${t('proposed')}</h3>
    <p>${p.outcome} ${cny(p.grantedLimit)} · ${p.reasonCode} · ${p.note ?? ''} (${p.proposedBy.slice(0, 8)})</p>
    ${!own && html`<button type="button" onClick=${() => act('POST', `/v1/review-queue/${props.caseId}/proposal/confirm`)}>${t('confirm')}</button>`}
    <button type="button" onClick=${() => act('DELETE', `/v1/review-queue/${props.caseId}/proposal`)}>${t('reject')}</button>
    ${error && html`<p role="alert" class="error">${error}</p>`}
  </section>`;
}
