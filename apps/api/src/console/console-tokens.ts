/** Injection tokens of the console's and the review queue's collaborators. */
export const CONSOLE_TOKENS = {
  sessions: Symbol('ConsoleSessions'),
  reviewClaims: Symbol('ReviewClaims'),
  reviewProposals: Symbol('ReviewProposals'),
  reviewQueue: Symbol('ReviewQueue'),
} as const;
