import type { INestApplication } from '@nestjs/common';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { openApiDocument } from '@access/contract';

/** /docs: Swagger UI rendering the hand-written document served at /openapi.json. */
export function mountSwaggerUi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, openApiDocument as unknown as OpenAPIObject, {
    raw: false,
    customSiteTitle: 'Access Management API reference',
    swaggerOptions: { url: '/openapi.json' },
  });
}
