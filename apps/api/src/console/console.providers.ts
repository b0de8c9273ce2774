import type { Provider, Type } from '@nestjs/common';
import type { MasterKeys, UpliftConfig } from '@uplift/config';
import { ConsoleSessions, ReviewClaims, ReviewProposals, ReviewQueue } from '@uplift/persistence';
import type { DataSource } from 'typeorm';
import { TOKENS } from '../dependencies';
import { ReviewDesk } from '../review-queue/review-desk.service';
import { ReviewQueueController } from '../review-queue/review-queue.controller';
import { loadConsoleAssets } from './console-assets';
import { CONSOLE_ASSETS, ConsolePageController } from './console-page.controller';
import { ConsoleSessionController } from './console-session.controller';
import { CONSOLE_TOKENS } from './console-tokens';
import { EvidenceImageController } from './evidence-image.controller';

/** The console's and the review queue's controllers (docs/adr/0023). */
export const CONSOLE_CONTROLLERS: Type[] = [
  ConsoleSessionController,
  ConsolePageController,
  EvidenceImageController,
  ReviewQueueController,
];

/** Their collaborators, built on the API's data source and master keys. */
export function consoleProviders(keys: MasterKeys, config: UpliftConfig): Provider[] {
  const onDataSource = <T>(token: symbol, make: (ds: DataSource) => T): Provider => ({
    provide: token,
    useFactory: make,
    inject: [TOKENS.dataSource],
  });
  return [
    onDataSource(CONSOLE_TOKENS.sessions, (ds) => new ConsoleSessions(ds)),
    onDataSource(CONSOLE_TOKENS.reviewClaims, (ds) => new ReviewClaims(ds)),
    onDataSource(CONSOLE_TOKENS.reviewProposals, (ds) => new ReviewProposals(ds, keys)),
    onDataSource(CONSOLE_TOKENS.reviewQueue, (ds) => new ReviewQueue(ds, config.caseTimers.reviewEscalateAfterMs)),
    { provide: CONSOLE_ASSETS, useFactory: loadConsoleAssets },
    ReviewDesk,
  ];
}
