import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import {
  auditCase,
  buildAuditReport,
  performOperatorAction,
  stateAsOf,
  verifyReport,
  type AsOf,
  type AuditReport,
  type AuditVerdict,
  type OperatorActionRequest,
  type OperatorActionResult,
  type ReportIntegrity,
} from '@uplift/audit';
import { masterKeys, type UpliftConfig } from '@uplift/config';
import { DomainError, ErrorCode, type CaseState } from '@uplift/domain';
import { EventStore, type DataSource, type MasterKeyRing } from '@uplift/persistence';
import { isGrpcServiceError } from '@temporalio/client';
import { engineDataConverter } from '@uplift/temporal';
import { TOKENS } from '../dependencies';

/** Compliance's audit of a case and operators' recorded actions (docs/adr/0024), over @uplift/audit. */
@Injectable()
export class CaseAudits {
  private readonly keys: MasterKeyRing;
  private readonly events: EventStore;

  constructor(
    @Inject(TOKENS.dataSource) private readonly dataSource: DataSource,
    @Inject(TOKENS.temporal) private readonly client: Client,
    @Inject(TOKENS.config) config: UpliftConfig,
  ) {
    this.keys = masterKeys(config);
    this.events = new EventStore(dataSource, this.keys);
  }

  private audit(caseId: string) {
    return auditCase(
      { dataSource: this.dataSource, keys: this.keys, dataConverter: engineDataConverter(this.keys), client: this.client },
      caseId,
    );
  }

  /** The signed audit report of a case (its state at `asOf` when given). */
  async report(caseId: string, erasedAt: string | null, asOf: AsOf | null): Promise<AuditReport> {
    return buildAuditReport(await this.audit(caseId), erasedAt, this.keys, new Date(), asOf);
  }

  /** The replay verdicts, and the state at `asOf` when asked. */
  async replay(
    caseId: string,
    asOf: AsOf | null,
  ): Promise<{ caseId: string; ok: boolean; verdicts: AuditVerdict[]; historySource: string; stateAsOf: CaseState | null }> {
    const audit = await this.audit(caseId);
    return {
      caseId,
      ok: audit.ok,
      verdicts: audit.verdicts,
      historySource: audit.historySource,
      stateAsOf: asOf ? stateAsOf(caseId, audit.events, asOf) : null,
    };
  }

  /** Whether a report is as the engine issued it. */
  verify(report: { integrity: ReportIntegrity } & Record<string, unknown>): { digestMatches: boolean; signatureValid: boolean } {
    return verifyReport(report, this.keys);
  }

  /** Records the action in the case's stream, then asks Temporal; Temporal's refusals become 409s with its reason. */
  async act(request: OperatorActionRequest): Promise<OperatorActionResult> {
    try {
      return await performOperatorAction({ client: this.client, events: this.events, now: () => new Date() }, request);
    } catch (error) {
      if (!isGrpcServiceError(error)) throw error;
      throw new DomainError(
        ErrorCode.OperatorActionRejected,
        `Temporal refused the action (it is recorded; retry with the same Idempotency-Key once the cause is fixed): ${error.details || error.message}`,
        { grpcCode: error.code },
      );
    }
  }
}
