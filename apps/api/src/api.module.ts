import { ReviewsController } from './reviews/reviews.controller';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { EvidenceDetailController } from './evidence/evidence-detail.controller';
import type { DynamicModule, OnApplicationShutdown, Provider } from '@nestjs/common';
import { Inject, Module } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { ApiKeys, CaseErasures, CaseOperations, CaseQueries, EventStore, EvidenceVault, IdempotencyStore } from '@uplift/persistence';
import { masterKeys } from '@uplift/config';
import { payloadCodecFor } from '@uplift/temporal';
import type { ConsoleSessions } from '@uplift/persistence';
import type { DataSource } from 'typeorm';
import { cachedAuthentication } from './auth/authentication-cache';
import { CONSOLE_CONTROLLERS, consoleProviders } from './console/console.providers';
import { CONSOLE_TOKENS } from './console/console-tokens';
import { BearerAuthGuard } from './auth/bearer-auth.guard';
import { CaseAccess } from './cases/case-access.service';
import { CaseActionsController } from './cases/case-actions.controller';
import { CaseEventsController } from './cases/case-events.controller';
import { CaseOpening } from './cases/case-opening.service';
import { CaseTurnsController } from './cases/case-turns.controller';
import { CaseWorkflowGateway } from './cases/case-workflow.gateway';
import { CasesController } from './cases/cases.controller';
import type { ApiDependencies } from './dependencies';
import { TOKENS } from './dependencies';
import { EvidenceController } from './evidence/evidence.controller';
import { EvidenceIntake } from './evidence/evidence-intake.service';
import { CodecController } from './codec/codec.controller';
import { HealthController } from './health/health.controller';
import { OperationsController } from './operations/operations.controller';
import { ReadinessProbes } from './health/readiness-probes';
import type { JsonLogger } from './logging/json-logger';
import type { ApiMetrics } from './metrics/api-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { PrivacyController } from './privacy/privacy.controller';
import { AUDIT_CONTROLLERS, AUDIT_PROVIDERS } from './audit/audit.providers';

const ON_SHUTDOWN = Symbol('OnShutdown');

/**
 * Runs the host's shutdown callback (closing the pool and the Temporal connection) when Nest stops:
 * in onApplicationShutdown, i.e. after the HTTP server closed and after beforeApplicationShutdown
 * hooks (ReadinessProbes) let their calls finish.
 */
class ShutdownHook implements OnApplicationShutdown {
  constructor(@Inject(ON_SHUTDOWN) private readonly onShutdown: (() => Promise<void>) | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.onShutdown?.();
  }
}

/** The HTTP API's module, built around collaborators the host process owns. */
@Module({})
export class ApiModule {
  /** Wires controllers and services to the given dependencies. */
  static register(deps: ApiDependencies, logger: JsonLogger, metrics: ApiMetrics): DynamicModule {
    const keys = masterKeys(deps.config);
    const fromDataSource = <T>(token: symbol, make: (ds: DataSource) => T): Provider => ({
      provide: token,
      useFactory: (ds: DataSource) => make(ds),
      inject: [TOKENS.dataSource],
    });
    return {
      module: ApiModule,
      controllers: [
        HealthController,
        CasesController,
        CaseTurnsController,
        CaseActionsController,
        CaseEventsController,
        EvidenceController,
        EvidenceDetailController,
        ReviewsController,
        OperationsController,
        ApiKeysController,
        CodecController,
        MetricsController,
        PrivacyController,
        ...AUDIT_CONTROLLERS,
        ...CONSOLE_CONTROLLERS,
      ],
      providers: [
        { provide: TOKENS.config, useValue: deps.config },
        { provide: TOKENS.dataSource, useValue: deps.dataSource },
        { provide: TOKENS.temporal, useValue: deps.temporal },
        { provide: TOKENS.logger, useValue: logger },
        { provide: TOKENS.metrics, useValue: metrics },
        { provide: ON_SHUTDOWN, useValue: deps.onShutdown ?? null },
        fromDataSource(TOKENS.caseQueries, (ds) => new CaseQueries(ds, keys)),
        fromDataSource(TOKENS.eventStore, (ds) => new EventStore(ds, keys)),
        {
          provide: TOKENS.caseErasures,
          useFactory: (ds: DataSource, events: EventStore) => new CaseErasures(ds, events),
          inject: [TOKENS.dataSource, TOKENS.eventStore],
        },
        fromDataSource(TOKENS.evidenceVault, (ds) => new EvidenceVault(ds, keys)),
        { provide: TOKENS.payloadCodec, useValue: payloadCodecFor(keys) },
        fromDataSource(TOKENS.apiKeys, (ds) => new ApiKeys(ds)),
        fromDataSource(TOKENS.idempotency, (ds) => new IdempotencyStore(ds)),
        fromDataSource(TOKENS.caseOperations, (ds) => new CaseOperations(ds)),
        {
          provide: APP_GUARD,
          useFactory: (reflector: Reflector, apiKeys: ApiKeys, sessions: ConsoleSessions) =>
            new BearerAuthGuard(
              reflector,
              cachedAuthentication((token) => apiKeys.authenticate(token)),
              (secret) => sessions.authenticate(secret),
            ),
          inject: [Reflector, TOKENS.apiKeys, CONSOLE_TOKENS.sessions],
        },
        ShutdownHook,
        ReadinessProbes,
        CaseAccess,
        CaseWorkflowGateway,
        CaseOpening,
        EvidenceIntake,
        ...AUDIT_PROVIDERS,
        ...consoleProviders(keys, deps.config),
      ],
    };
  }
}
