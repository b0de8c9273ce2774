/** Bounds on what a case accepts; shared by the API's validation and the deciders. */
export const CASE_LIMITS = {
  maxLimitCny: 100_000_000,
  maxMessageChars: 2_000,
  maxMerchantRefChars: 128,
  maxEvidencePerCase: 200,
  idPattern: /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
  channelPattern: /^[a-z0-9][a-z0-9_-]{0,63}$/,
} as const;
