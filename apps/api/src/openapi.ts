import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { completeContract } from './docs/contract-document';
import { addValidatorFacets, controllerClasses } from './docs/validator-facets';

/** Path of the Swagger UI; the OpenAPI JSON is served at `/docs-json`. */
export const DOCS_PATH = 'docs';

/** Serves the OpenAPI description of the API (public, like the health endpoints). */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Uplift API')
    .setDescription(
      'Channels open credit-uplift cases, relay merchant messages and upload evidence; compliance reads cases and ' +
        'their tamper-evident event streams. Every error is `{ "error": { "code", "message", "details"?, "requestId" } }`.',
    )
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      description: 'API key of a channel, a reviewer, compliance or an operator (scheme name case-insensitive)',
    })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  addValidatorFacets(document, controllerClasses(app));
  completeContract(document);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json` });
}
