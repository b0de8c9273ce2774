import { randomUUID } from 'node:crypto';

/** A failed call, with the HTTP status (0 when the connection itself failed). */
export class CallFailed extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter: string | null = null,
  ) {
    super(message);
  }
}

/** The engine's HTTP API as a channel calls it. */
export class ChannelClient {
  constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

  async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new CallFailed(0, `${method} ${path}: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (!response.ok)
      throw new CallFailed(
        response.status,
        `${method} ${path}: ${response.status} ${text.slice(0, 300)}`,
        response.headers.get('retry-after'),
      );
    return JSON.parse(text) as T;
  }

  /** Opens a case (a fresh Idempotency-Key unless given); returns its id. */
  async open(language: 'zh' | 'en' = 'zh', key: string = randomUUID()): Promise<string> {
    const opened = await this.call<{ caseId: string }>(
      'POST',
      '/v1/cases',
      { merchantRef: `m-${key.slice(0, 12)}`, currentLimit: 100_000, requestedLimit: 300_000, industry: 'logistics', language },
      { 'idempotency-key': key },
    );
    return opened.caseId;
  }

  /** One merchant turn. */
  turn(caseId: string, messageId: string, text: string): Promise<{ status: string; inReplyTo: string }> {
    return this.call('POST', `/v1/cases/${caseId}/messages`, { messageId, text });
  }

  /** Uploads a file as evidence; returns its id. */
  async upload(caseId: string, kind: string, bytes: Buffer): Promise<string> {
    const form = new FormData();
    form.append('kind', kind);
    form.append('consent', 'true');
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'evidence.jpg');
    const response = await fetch(`${this.base}/v1/cases/${caseId}/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: form,
    }).catch((error: unknown) => {
      throw new CallFailed(0, `upload: ${(error as Error).message}`);
    });
    const text = await response.text();
    if (!response.ok)
      throw new CallFailed(response.status, `upload: ${response.status} ${text.slice(0, 300)}`, response.headers.get('retry-after'));
    return (JSON.parse(text) as { evidenceId: string }).evidenceId;
  }

  /** The case as the read model holds it. */
  get<T>(caseId: string): Promise<T> {
    return this.call('GET', `/v1/cases/${caseId}`);
  }
}

/** Messages a merchant might send, cycled through by the load. */
export const TURN_TEXTS = [
  '月流水大概三十来万',
  '我们有五辆重卡',
  '做了八年了',
  'about 12 staff',
  '客户一般月结',
  '还有什么要传的？',
  '营业执照晚点拍给你',
];
