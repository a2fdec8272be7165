import type { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import { openApiDocument } from '@access/contract';

/** /docs: Swagger UI rendering the hand-written document served at /openapi.json. */
export function mountSwaggerUi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, openApiDocument, {
    raw: false,
    customSiteTitle: 'Access Management API reference',
    swaggerOptions: { url: '/openapi.json' },
  });
}
