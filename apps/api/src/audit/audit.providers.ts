import { AuditController } from './audit.controller';
import { CaseAudits } from './case-audits.service';
import { OperatorActionsController } from './operator-actions.controller';

/** The audit module's controllers and services (registered by ApiModule). */
export const AUDIT_CONTROLLERS = [AuditController, OperatorActionsController];
export const AUDIT_PROVIDERS = [CaseAudits];
