import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { degradeLikePhoto, renderStorefront, Rng, syntheticVoucherPhoto } from '@uplift/evidence-synth';
import {
  formatEvidenceKind,
  type AssistantAction,
  type CaseEvent,
  type CaseState,
  type EvidenceKind,
  type Intent,
  type Understanding,
} from '@uplift/domain';
import { answerToProposal, type DialogueBackend, type MessageReply, type UploadReply } from './conversation';
import type { Persona } from './personas';

const RECOGNITION_TIMEOUT_MS = 120_000;
const POLL_MS = 40;

interface TurnBody {
  action: AssistantAction;
  reply: string;
  status: string;
}
interface CaseView {
  status: string;
  state: CaseState;
}

/** A small JSON-over-HTTP client for the API, with the channel's bearer token. */
export class ApiHttp {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /** Sends one request; returns the parsed body and the client-side round trip (request out to body read). */
  async request<T>(
    method: 'GET' | 'POST',
    path: string,
    body?: { json: unknown } | { form: FormData },
    headers: Record<string, string> = {},
  ): Promise<{ body: T; ms: number }> {
    const init: RequestInit = { method, headers: { authorization: `Bearer ${this.token}`, ...headers } };
    if (body && 'json' in body) {
      init.headers = { ...init.headers, 'content-type': 'application/json' };
      init.body = JSON.stringify(body.json);
    } else if (body) {
      init.body = body.form;
    }
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}${path}`, init);
    const text = await response.text();
    const ms = performance.now() - started;
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text.slice(0, 300)}`);
    return { body: JSON.parse(text) as T, ms };
  }
}

/** A file a merchant would send for `kind`: a rendered voucher photo, or a storefront photo for photo classes. */
async function evidenceFile(kind: EvidenceKind, seed: number): Promise<Buffer> {
  if (kind.kind === 'voucher') return (await syntheticVoucherPhoto(kind.type, seed)).jpeg;
  const r = new Rng(seed);
  return (await degradeLikePhoto(renderStorefront(r).png, r)).jpeg;
}

/**
 * One persona's case through the real system: POST /v1/cases, POST /v1/cases/:id/messages per turn
 * (HTTP → Temporal Update → case workflow → event store → reply), and uploads through
 * POST /v1/cases/:id/evidence, waiting in GET /v1/cases/:id for the assessment and recognition.
 */
export class ApiBackend implements DialogueBackend {
  private caseId = '';
  private uploads = 0;
  /** Time spent uploading and waiting for recognition (not turn latency). */
  uploadMs = 0;

  constructor(
    private readonly http: ApiHttp,
    private readonly persona: Persona,
    private readonly maxUploads: number,
  ) {}

  async open(persona: Persona): Promise<{ action: AssistantAction; text: string }> {
    const body = {
      merchantRef: persona.id,
      currentLimit: 100_000,
      requestedLimit: 300_000,
      language: persona.language,
      ...(persona.industryAtOpen ? { industry: persona.industry } : {}),
    };
    const opened = await this.http.request<TurnBody & { caseId: string }>(
      'POST',
      '/v1/cases',
      { json: body },
      { 'idempotency-key': `bench-open-${persona.id}` },
    );
    this.caseId = opened.body.caseId;
    return { action: opened.body.action, text: opened.body.reply };
  }

  async send(messageId: string, text: string, meant: Intent): Promise<MessageReply> {
    const { body, ms } = await this.http.request<TurnBody>('POST', `/v1/cases/${this.caseId}/messages`, { json: { messageId, text } });
    const answer = answerToProposal(body.action, meant, this.persona.language);
    if (answer === null) return { action: body.action, text: body.reply, closed: body.status !== 'collecting', latencyMs: ms };
    // An irreversible step is proposed and answered: the answer's turn (which decides or erases) is the one measured.
    const confirmed = await this.http.request<TurnBody>('POST', `/v1/cases/${this.caseId}/messages`, {
      json: { messageId: `${messageId}-answer`, text: answer },
    });
    return {
      action: confirmed.body.action,
      text: confirmed.body.reply,
      closed: confirmed.body.status !== 'collecting',
      latencyMs: confirmed.ms,
    };
  }

  canUpload(): boolean {
    return this.uploads < this.maxUploads;
  }

  async upload(evidence: EvidenceKind): Promise<UploadReply> {
    const started = performance.now();
    this.uploads += 1;
    const bytes = await evidenceFile(evidence, this.persona.seed + this.uploads);
    const form = new FormData();
    form.append('kind', formatEvidenceKind(evidence));
    form.append('consent', 'true');
    form.append('file', new Blob([bytes], { type: 'image/jpeg' }), 'evidence.jpg');
    const { body } = await this.http.request<{ evidenceId: string }>('POST', `/v1/cases/${this.caseId}/evidence`, { form });
    const reply = await this.feedbackFor(body.evidenceId);
    this.uploadMs += performance.now() - started;
    return reply;
  }

  /** Waits until the case has assessed (and, if readable, recognised) the upload and answered it. */
  private async feedbackFor(evidenceId: string): Promise<UploadReply> {
    const deadline = Date.now() + RECOGNITION_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const { body } = await this.http.request<CaseView>('GET', `/v1/cases/${this.caseId}`);
      const item = body.state.evidence[evidenceId];
      const settled = item?.assessment && (item.assessment.verdict !== 'readable' || item.recognition !== null);
      const feedback = body.state.actions.find((a) => a.kind === 'evidence_feedback' && a.evidenceId === evidenceId);
      if (item?.assessment && settled && feedback?.kind === 'evidence_feedback' && feedback.next) {
        return {
          readable: item.assessment.verdict === 'readable',
          next: feedback.next,
          text: `[evidence feedback: ${item.assessment.verdict}, recognised as ${item.recognition?.documentType ?? item.recognition?.photoClass?.class ?? 'nothing'}]`,
        };
      }
      await sleep(POLL_MS);
    }
    throw new Error(`case ${this.caseId}: evidence ${evidenceId} not answered within ${RECOGNITION_TIMEOUT_MS} ms`);
  }

  /** The understanding the workflow recorded for each message (MerchantMessageReceived in the event store). */
  async understandings(): Promise<Map<string, Understanding>> {
    const { body } = await this.http.request<{ events: { event: CaseEvent }[] }>('GET', `/v1/cases/${this.caseId}/events`);
    const found = new Map<string, Understanding>();
    for (const { event } of body.events)
      if (event.type === 'MerchantMessageReceived') found.set(event.data.messageId, event.data.understanding);
    return found;
  }
}

/**
 * Unmeasured warm-up: a few turns (JIT, connection pools, workflow cache) and three uploads (the first
 * loads the OCR models). Returns the mean seconds of the other two, to plan the upload cap.
 */
export async function warmUp(http: ApiHttp, persona: Persona, turns: number): Promise<number> {
  const lines = ['我开了家饭馆', '月流水大概三十万', '五个员工', '做了三年了', 'we run two trucks', 'about 200,000 a month', 'ok', '好的'];
  const backend = new ApiBackend(http, { ...persona, id: 'warm-up' }, 3);
  await backend.open({ ...persona, id: 'warm-up' });
  for (let i = 0; i < turns; i += 1) await backend.send(`w${i}`, lines[i % lines.length] ?? 'ok', 'provide_info');
  const kinds: EvidenceKind[] = [
    { kind: 'voucher', type: 'business_licence' },
    { kind: 'voucher', type: 'bank_statement' },
    { kind: 'voucher', type: 'vat_special_invoice' },
  ];
  await backend.upload(kinds[0] as EvidenceKind);
  const before = backend.uploadMs;
  for (const kind of kinds.slice(1)) await backend.upload(kind);
  return (backend.uploadMs - before) / 1000 / (kinds.length - 1);
}
