import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, isDomainError } from '@uplift/domain';
import type { CaseQueries, EventStore, IdempotencyStore } from '@uplift/persistence';
import type { OpenCaseInput } from '@uplift/workflows';
import type { Principal } from '../auth/principal';
import { TOKENS } from '../dependencies';
import { CaseWorkflowGateway } from './case-workflow.gateway';
import type { OpenCaseDto } from './dto/open-case.dto';
import type { CaseOpenedDto } from './dto/turn-reply.dto';
import { canonicalJson } from '@uplift/persistence';
import { requestHash } from './request-hash';

/**
 * Opens a case exactly once per (channel, Idempotency-Key): the key is claimed with a fresh case id,
 * the workflow is started with Update-With-Start, and the answer is stored so a retry gets it back.
 */
@Injectable()
export class CaseOpening {
  constructor(
    @Inject(TOKENS.idempotency) private readonly idempotency: IdempotencyStore,
    @Inject(CaseWorkflowGateway) private readonly workflows: CaseWorkflowGateway,
    @Inject(TOKENS.caseQueries) private readonly cases: CaseQueries,
    @Inject(TOKENS.eventStore) private readonly events: EventStore,
  ) {}

  /** Opens (or replays the opening of) a case; `onCaseId` learns the case id as soon as it is known. */
  async open(principal: Principal, key: string, body: OpenCaseDto, onCaseId: (caseId: string) => void): Promise<CaseOpenedDto> {
    if (body.channel !== undefined && body.channel !== principal.channel) {
      throw new DomainError(ErrorCode.Forbidden, "channel must be the API key's own channel.");
    }
    const request = {
      channel: principal.channel,
      merchantRef: body.merchantRef,
      currentLimit: body.currentLimit,
      requestedLimit: body.requestedLimit,
      industry: body.industry ?? null,
      language: body.language ?? 'zh',
    } satisfies Omit<OpenCaseInput, 'caseId'>;

    const claim = await this.idempotency.claim({
      channel: principal.channel,
      key,
      // Hash the request with defaults applied: omitting `language` and sending 'zh' mean the same.
      requestHash: requestHash(request),
      caseId: randomUUID(),
    });
    if (claim.status === 'mismatch') {
      throw new DomainError(ErrorCode.IdempotencyKeyReused, 'This Idempotency-Key was used with a different request.');
    }
    onCaseId(claim.caseId);
    if (claim.status === 'replay' && claim.response !== null) return this.asItStandsNow(claim.response as CaseOpenedDto);

    // Claimed now, or claimed earlier by an attempt whose answer was lost: (re)run the idempotent start.
    let reply: CaseOpenedDto;
    try {
      reply = { ...(await this.workflows.open({ caseId: claim.caseId, ...request })), caseId: claim.caseId };
    } catch (error) {
      // The first attempt opened the case and it has since finished: answer from what it recorded.
      if (!isDomainError(error) || error.code !== ErrorCode.CaseAlreadyOpened) throw error;
      reply = await this.fromRecordedOpening(claim.caseId, error);
    }
    const response = inResponseOrder(reply);
    await this.idempotency.saveResponse(principal.channel, key, response);
    return response;
  }

  /** A replayed opening: the same case and greeting, with where the case stands now. */
  private async asItStandsNow(saved: CaseOpenedDto): Promise<CaseOpenedDto> {
    const record = await this.cases.get(saved.caseId);
    return inResponseOrder(record ? { ...saved, status: record.status as CaseOpenedDto['status'], version: record.version } : saved);
  }

  /** The opening as the case's stream recorded it (its greeting), with where the case stands now. */
  private async fromRecordedOpening(caseId: string, cause: Error): Promise<CaseOpenedDto> {
    const record = await this.cases.get(caseId);
    const greeting = (await this.events.readStream(caseId)).find((e) => e.event.type === 'AssistantReplied')?.event;
    if (!record || greeting?.type !== 'AssistantReplied') throw cause;
    const { text, action, language } = greeting.data;
    return { caseId, status: record.status as CaseOpenedDto['status'], reply: text, action, language, version: record.version };
  }
}

/**
 * The response's members with keys sorted at every level. jsonb storage reorders object keys, so
 * both the first answer and every replay are put in this one order to read byte for byte the same.
 */
function inResponseOrder(source: CaseOpenedDto): CaseOpenedDto {
  const picked: CaseOpenedDto = {
    caseId: source.caseId,
    status: source.status,
    reply: source.reply,
    action: source.action,
    language: source.language,
    version: source.version,
  };
  return JSON.parse(canonicalJson(picked)) as CaseOpenedDto;
}
