import { useState } from 'preact/hooks';
import { ApiError, signIn, type Session } from './api.js';
import { html } from './html.js';
import { t } from './i18n.js';

/** The sign-in form: the key goes once to POST /v1/console/session and is forgotten. */
export function SignIn(props: { onSignedIn: (session: Session) => void }) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('apiKey') as HTMLInputElement;
    setBusy(true);
    setError('');
    try {
      const session = await signIn(input.value.trim());
      input.value = '';
      props.onSignedIn(session);
    } catch (caught) {
      setError(caught instanceof ApiError ? `${caught.code}: ${caught.message}` : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return html`<form class="card sign-in" onSubmit=${submit} aria-labelledby="sign-in-title">
    <h2 id="sign-in-title">${t('signIn')}</h2>
    <label for="api-key">${t('apiKey')}</label>
    <input id="api-key" name="apiKey" type="password" autocomplete="off" required />
    <p class="hint">${t('keyNote')}</p>
    ${error && html`<p role="alert" class="error" id="sign-in-error">${error}</p>`}
    <button type="submit" disabled=${busy}>${t('signIn')}</button>
  </form>`;
}
