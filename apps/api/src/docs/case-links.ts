/** OpenAPI link: the operation to call next and where its parameters come from. */
export interface Link {
  operationId: string;
  parameters: Record<string, string>;
  description?: string;
}

/** The links of some responses of one operation. */
export interface OperationLinks {
  from: string;
  statuses: string[];
  to: Record<string, Link>;
}

const CASE_ID = '$response.body#/caseId';
const PATH_CASE_ID = '$request.path.id';

const ON_CASE = (caseId: string): Record<string, Link> => ({
  ReadCase: { operationId: 'CasesController_get', parameters: { id: caseId } },
  SendMessage: { operationId: 'CaseTurnsController_send', parameters: { id: caseId } },
  UploadEvidence: { operationId: 'EvidenceController_upload', parameters: { id: caseId } },
  Submit: { operationId: 'CaseActionsController_submit', parameters: { id: caseId } },
  Withdraw: { operationId: 'CaseActionsController_withdraw', parameters: { id: caseId } },
  ReadEvents: { operationId: 'CaseEventsController_list', parameters: { id: caseId } },
  Review: { operationId: 'ReviewsController_review', parameters: { id: caseId } },
  ReadPrivacy: { operationId: 'PrivacyController_privacy', parameters: { id: caseId } },
  PlaceLegalHold: { operationId: 'PrivacyController_place', parameters: { id: caseId } },
  ReleaseLegalHold: { operationId: 'PrivacyController_release', parameters: { id: caseId } },
});

const ON_KEY: Record<string, Link> = {
  RevokeKey: { operationId: 'ApiKeysController_revoke', parameters: { keyId: '$response.body#/keyId' } },
  RotateKey: { operationId: 'ApiKeysController_rotate', parameters: { keyId: '$response.body#/keyId' } },
};

/** Which answers feed which requests: a case id from an opening or a turn, an evidence id from an upload, a key id. */
export const CASE_LINKS: readonly OperationLinks[] = [
  { from: 'CasesController_open', statuses: ['201'], to: ON_CASE(CASE_ID) },
  { from: 'CaseTurnsController_send', statuses: ['200'], to: ON_CASE(CASE_ID) },
  {
    from: 'EvidenceController_upload',
    statuses: ['200', '202'],
    to: {
      ReadEvidence: {
        operationId: 'EvidenceDetailController_detail',
        parameters: { id: PATH_CASE_ID, evidenceId: '$response.body#/evidenceId' },
      },
      ...ON_CASE(PATH_CASE_ID),
    },
  },
  { from: 'ApiKeysController_create', statuses: ['201'], to: ON_KEY },
];
