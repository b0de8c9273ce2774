import { useState } from 'preact/hooks';
import { ApiError, call } from './api.js';
import { html } from './html.js';
import { t } from './i18n.js';

interface Replay {
  ok: boolean;
  historySource: string;
  verdicts: { step: string; status: 'pass' | 'fail' | 'skipped'; detail: string }[];
}

/** The audit's verdicts (chain, archive, replay against today's code, read model, decision), on request: a replay takes a moment. */
export function ReplayVerdicts(props: { caseId: string }) {
  const [replay, setReplay] = useState<Replay | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = async () => {
    setBusy(true);
    setError('');
    try {
      setReplay(await call<Replay>('GET', `/v1/cases/${props.caseId}/replay`));
    } catch (caught) {
      setError(caught instanceof ApiError ? `${caught.code}: ${caught.message}` : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return html`<section class="card" aria-labelledby="replay-title" id="replay">
    <h3 id="replay-title">${t('replay')}</h3>
    <button type="button" onClick=${run} disabled=${busy} aria-busy=${busy}>${busy ? t('loading') : t('runReplay')}</button>
    ${error && html`<p role="alert" class="error">${error}</p>`}
    ${
      replay &&
      html`<p role="status" class=${replay.ok ? 'ok' : 'error'} id="replay-status">
          ${replay.ok ? t('replayOk') : t('replayBad')} (${replay.historySource})
        </p>
        <ul class="verdicts">
          ${replay.verdicts.map((v) => html`<li data-step=${v.step} class=${`verdict-${v.status}`}><strong>${v.step}</strong> ${v.status}: ${v.detail}</li>`)}
        </ul>`
    }
  </section>`;
}
