import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from './index.cjs';

const ROOT = path.resolve(__dirname, '../..');
const at = (file: string) => path.join(ROOT, file);
const { rules } = plugin;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } } });

describe('the workspace lint rules', () => {
  tester.run('repositories-return-outcomes', rules['repositories-return-outcomes'], {
    valid: [
      { filename: at('apps/api/src/domains/users/users.repository.ts'), code: "import { Injectable } from '@nestjs/common';" },
      { filename: at('apps/api/src/domains/users/users.repository.ts'), code: "const outcome = { refused: 'email_taken' };" },
      { filename: at('apps/api/src/domains/users/users.service.ts'), code: "import { ApiException } from '@access/errors';" },
    ],
    invalid: [
      {
        filename: at('apps/api/src/domains/users/users.repository.ts'),
        code: "import { ApiException } from '@access/errors';",
        errors: [{ messageId: 'import' }],
      },
      {
        filename: at('apps/api/src/domains/users/users.repository.ts'),
        code: "import { ConflictException } from '@nestjs/common';",
        errors: [{ messageId: 'import' }],
      },
      {
        filename: at('apps/api/src/domains/users/users.repository.ts'),
        code: "import { HEADER } from '../../platform/http/headers';",
        errors: [{ messageId: 'import' }],
      },
      {
        filename: at('apps/api/src/domains/users/users.repository.ts'),
        code: "throw new ConflictException('taken');",
        errors: [{ messageId: 'throw' }],
      },
    ],
  });

  tester.run('refusals-in-errors-files', rules['refusals-in-errors-files'], {
    valid: [
      {
        filename: at('apps/api/src/domains/users/users.errors.ts'),
        code: "export const userExists = () => new ApiException('user_exists');",
      },
      { filename: at('apps/api/src/domains/users/users.service.ts'), code: 'throw userExists();' },
      { filename: at('apps/api/src/platform/http/json-body-parser.ts'), code: "throw new ApiException('malformed_json');" },
    ],
    invalid: [
      {
        filename: at('apps/api/src/domains/users/users.service.ts'),
        code: "throw new ApiException('user_exists');",
        errors: [{ messageId: 'build' }],
      },
      {
        filename: at('apps/api/src/domains/users/users.service.ts'),
        code: 'throw ApiException.validation([]);',
        errors: [{ messageId: 'build' }],
      },
    ],
  });

  tester.run('platform-below-domains', rules['platform-below-domains'], {
    valid: [
      { filename: at('apps/api/src/platform/auth/tenant.guard.ts'), code: "import { HEADER } from '../http/headers';" },
      {
        filename: at('apps/api/src/domains/users/users.controller.ts'),
        code: "import { Operation } from '../../platform/contract/operation.decorator';",
      },
    ],
    invalid: [
      {
        filename: at('apps/api/src/platform/auth/tenant.guard.ts'),
        code: "import { userNotFound } from '../../domains/users/users.errors';",
        errors: [{ messageId: 'upward' }],
      },
      {
        filename: at('apps/api/src/platform/http/cors.ts'),
        code: "import { ERROR_SOURCES } from '../../app/error-sources';",
        errors: [{ messageId: 'upward' }],
      },
    ],
  });

  tester.run('test-kind-in-name', rules['test-kind-in-name'], {
    valid: [
      {
        filename: at('apps/api/test/domains/users/users-list.db.spec.ts'),
        code: "import { describeKeysetList } from '../../support/keyset-list';",
      },
      {
        filename: at('apps/api/test/domains/users/create-user.e2e.spec.ts'),
        code: "import { startTestApp } from '../../support/start-test-app';",
      },
      { filename: at('libs/db/test/schema-constraints.db.spec.ts'), code: "import { createTestDatabase } from '../src/testing';" },
      {
        filename: at('apps/api/test/platform/config/config.spec.ts'),
        code: "import { loadConfig } from '../../../src/platform/config/config';",
      },
    ],
    invalid: [
      {
        filename: at('apps/api/test/domains/users/users-list.spec.ts'),
        code: "import { createTestDatabase } from '@access/db/testing';",
        errors: [{ messageId: 'database' }],
      },
      {
        filename: at('libs/db/test/schema-constraints.spec.ts'),
        code: "import { createTestDatabase } from '../src/testing';",
        errors: [{ messageId: 'database' }],
      },
      {
        filename: at('apps/api/test/domains/users/create-user.db.spec.ts'),
        code: "import { startTestApp } from '../../support/start-test-app';",
        errors: [{ messageId: 'running' }],
      },
      {
        filename: at('apps/api/test/platform/http/errors.spec.ts'),
        code: "import { startApiProcess } from '../../support/api-process';",
        errors: [{ messageId: 'running' }],
      },
    ],
  });
});
