import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { currentSession, signOut, useSession, type Session } from './api.js';
import { CaseView } from './case-view.js';
import { ComplianceView } from './compliance-view.js';
import { html } from './html.js';
import { currentLang, setLang, t } from './i18n.js';
import { OpsView } from './ops-view.js';
import { QueueView } from './queue-view.js';
import { SignIn } from './sign-in.js';

type Route = { view: 'queue' } | { view: 'case'; caseId: string } | { view: 'audit'; caseId: string | null } | { view: 'ops' };

function parseRoute(hash: string, role: Session['role']): Route {
  const [, view, id] = hash.split('/');
  if (view === 'case' && id) return { view: 'case', caseId: id };
  if (view === 'audit') return { view: 'audit', caseId: id ?? null };
  if (view === 'ops') return { view: 'ops' };
  if (view === 'queue') return { view: 'queue' };
  return role === 'operator' ? { view: 'ops' } : role === 'compliance' ? { view: 'audit', caseId: null } : { view: 'queue' };
}

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return hash;
}

function Nav(props: { session: Session; onSignOut: () => void; onLang: () => void }) {
  const role = props.session.role;
  return html`<header class="top">
    <h1>${t('title')}</h1>
    <nav aria-label=${t('title')}>
      <ul>
        ${role !== 'operator' && html`<li><a href="#/queue">${t('queue')}</a></li>`}
        ${role !== 'operator' && html`<li><a href="#/audit">${t('compliance')}</a></li>`}
        ${role === 'operator' && html`<li><a href="#/ops">${t('operations')}</a></li>`}
      </ul>
    </nav>
    <p class="who">${t('signedInAs')}: <span id="who-role">${role}</span> <code>${props.session.keyId.slice(0, 8)}</code></p>
    <button type="button" onClick=${props.onLang} lang=${currentLang() === 'zh' ? 'en' : 'zh'}>${t('language')}</button>
    <button type="button" id="sign-out" onClick=${props.onSignOut}>${t('signOut')}</button>
  </header>`;
}

function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [, setLangTick] = useState(currentLang());
  const hash = useHash();
  useEffect(() => {
    currentSession().then(setSession, () => setSession(null));
  }, []);
  const toggleLang = () => {
    const next = currentLang() === 'zh' ? 'en' : 'zh';
    setLang(next);
    setLangTick(next);
  };
  const leave = () => {
    signOut().then(
      () => setSession(null),
      () => setSession(null),
    );
  };
  if (session === undefined) return html`<main id="main" aria-busy="true">${t('loading')}</main>`;
  if (session === null) {
    return html`<header class="top">
        <h1>${t('title')}</h1>
        <button type="button" onClick=${toggleLang}>${t('language')}</button>
      </header>
      <main id="main">
        <${SignIn}
          onSignedIn=${(s: Session) => {
            useSession(s);
            setSession(s);
          }}
        />
      </main>`;
  }
  const route = parseRoute(hash, session.role);
  const body =
    route.view === 'case'
      ? html`<${CaseView} key=${route.caseId} caseId=${route.caseId} session=${session} />`
      : route.view === 'audit'
        ? html`<${ComplianceView} key=${route.caseId ?? ''} caseId=${route.caseId} />`
        : route.view === 'ops'
          ? html`<${OpsView} temporalUi=${session.temporalUi} />`
          : html`<${QueueView} keyId=${session.keyId} canClaim=${session.role === 'reviewer'} />`;
  return html`<${Nav} session=${session} onSignOut=${leave} onLang=${toggleLang} />
    <main id="main">${body}</main>`;
}

setLang(currentLang());
const root = document.getElementById('app');
if (root) render(html`<${App} />`, root);
